package se.egalleria.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks of what callers send, each naming the field so the UI can show the message there. */
public final class Inputs {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,30}");

    private Inputs() {
    }

    /** A required e-mail address, lower-cased. */
    public static String email(String field, String value) {
        String stripped = required(field, value, 190).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(stripped).matches()) {
            throw new InvalidInputException(field, "error.input.email");
        }
        return stripped;
    }

    public static String phone(String field, String value) {
        String stripped = required(field, value, 40);
        if (!PHONE.matcher(stripped).matches()) {
            throw new InvalidInputException(field, "error.input.phone");
        }
        return stripped;
    }

    /** Required text, stripped, at most {@code max} characters. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "error.input.required");
        }
        return optional(field, value, max);
    }

    /** Optional text (empty when missing), stripped, at most {@code max} characters. */
    public static String optional(String field, String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "error.input.tooLong", max);
        }
        return stripped;
    }

    /** A link token from an e-mail; a missing one is simply an invalid link. */
    public static String token(String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            throw new InvalidInputException("token", "error.token.invalid");
        }
        return value.strip();
    }

    /** One of an enum's constants by name (case-insensitive); anything else names the field and the choices. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String field, String value) {
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw new InvalidInputException(field, "error.input.oneOf", java.util.Arrays.toString(type.getEnumConstants()));
    }

    /** An optional day written 2026-12-04 (null when missing). */
    public static LocalDate optionalDate(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "error.input.date");
        }
    }

    /** A month written 2026-11. */
    public static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "error.input.month");
        }
    }

    /** An optional moment in ISO-8601 (2026-12-04T09:00:00Z; null when missing). */
    public static Instant optionalInstant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "error.input.instant");
        }
    }
}
