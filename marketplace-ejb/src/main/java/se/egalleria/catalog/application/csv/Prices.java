package se.egalleria.catalog.application.csv;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices in kronor as shops write them ("12,50", "12.50", "1 234,50 kr", "19:90", "25:-") to and
 * from whole öre. Parsed from the digits, never through floating point, so 0,29 kr is exactly 29 öre.
 */
final class Prices {

    static final long MAX_ORE = 1_000_000_00L;

    private static final Pattern PRICE = Pattern.compile(Numbers.GROUPED_DIGITS + "(?:[.,:](\\d+))?");
    private static final Pattern CURRENCY = Pattern.compile("(?i)\\s*(kr|sek)\\.?$");
    /** "25:-" and "25,-" are the Swedish way of writing whole kronor. */
    private static final Pattern WHOLE_KRONOR_DASH = Pattern.compile("[:,][-\u2212\u2013]$");

    private Prices() {
    }

    static long parseOre(String raw) {
        String value = WHOLE_KRONOR_DASH.matcher(CURRENCY.matcher(Text.clean(raw)).replaceFirst("")).replaceFirst("");
        boolean negative = !value.isEmpty() && Numbers.isMinus(value.charAt(0));
        String unsigned = Text.clean(negative ? value.substring(1) : value);
        Matcher matcher = PRICE.matcher(unsigned);
        if (!matcher.matches()) {
            throw new InvalidValue("csv.error.price.invalid", raw);
        }
        if (negative) {
            throw new InvalidValue("csv.error.price.negative", raw);
        }
        String kronor = Numbers.ungrouped(matcher.group(1));
        String decimals = matcher.group(2) == null ? "" : matcher.group(2);
        if (decimals.length() > 2) {
            throw new InvalidValue("csv.error.price.tooManyDecimals", raw);
        }
        // Longer than the maximum's 7 digits would overflow a long before the comparison below.
        if (kronor.replaceFirst("^0+(?=.)", "").length() > 7) {
            throw new InvalidValue("csv.error.price.tooHigh", raw);
        }
        long ore = Long.parseLong(kronor) * 100 + Long.parseLong((decimals + "00").substring(0, 2));
        if (ore > MAX_ORE) {
            throw new InvalidValue("csv.error.price.tooHigh", raw);
        }
        return ore;
    }

    /** 123450 → "1234,50": no thousands separator, so that any spreadsheet reads it back as a number. */
    static String format(long ore) {
        return String.format(Locale.ROOT, "%d,%02d", ore / 100, ore % 100);
    }
}
