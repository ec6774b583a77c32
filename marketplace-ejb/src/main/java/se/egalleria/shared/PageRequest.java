package se.egalleria.shared;

/**
 * Which page of a list the caller wants. Pages are counted from 0; the size is capped so that no
 * caller can ask for a whole table at once.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "error.page.negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "error.page.size", MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "error.page.tooLarge");
        }
    }

    /** Reads the raw query parameters; blank means the default, anything else must be a number. */
    public static PageRequest parse(String page, String size) {
        return new PageRequest(
                parseNumber("page", page, 0), parseNumber("size", size, DEFAULT_SIZE));
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public int offset() {
        return page * size;
    }

    private static int parseNumber(String field, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "error.page.notNumber");
        }
    }
}
