package se.egalleria.web.rest.catalog;

import se.egalleria.shared.NotFoundException;

/** Ids from URLs: anything that is not a positive number names nothing. */
final class Ids {

    private Ids() {
    }

    static long parse(String raw, String notFoundKey) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new NotFoundException(notFoundKey, raw);
    }

    /** An optional id filter from a query parameter. */
    static Long optional(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new se.egalleria.shared.InvalidInputException(field, "error.page.notNumber");
        }
    }
}
