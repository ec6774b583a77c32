package se.egalleria.web.rest;

import se.egalleria.shared.NotFoundException;

/** Ids from URLs and query parameters: anything that is not a positive number names nothing (404). */
public final class PathIds {

    private PathIds() {
    }

    public static long parse(String raw, String notFoundKey) {
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
    public static Long optional(String raw, String field) {
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
