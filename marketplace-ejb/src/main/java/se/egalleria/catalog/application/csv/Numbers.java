package se.egalleria.catalog.application.csv;

/** How people write whole numbers in a Swedish sheet: "1234" or with thousands spaces, "1 234". */
final class Numbers {

    /** Digits, optionally grouped by threes with a space, a non-breaking or a narrow non-breaking space. */
    static final String GROUPED_DIGITS = "(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+|\\d+)";

    private Numbers() {
    }

    /** "1 234" → "1234". */
    static String ungrouped(String groupedDigits) {
        return Text.withoutSpaces(groupedDigits);
    }

    static boolean isMinus(char c) {
        // Word and web pages turn a typed hyphen into a real minus sign or an en dash.
        return c == '-' || c == '\u2212' || c == '\u2013';
    }
}
