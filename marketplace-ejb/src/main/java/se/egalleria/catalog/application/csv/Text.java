package se.egalleria.catalog.application.csv;

/** Small text helpers for cell values. */
final class Text {

    private Text() {
    }

    /**
     * Without surrounding white space. Unlike {@link String#strip()} this also removes non-breaking
     * spaces, which Excel and copy-paste from web pages leave behind.
     */
    static String clean(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The value without any kind of space, also inside it: "7310 8650 0470 3" → "7310865004703". */
    static String withoutSpaces(String value) {
        StringBuilder result = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            if (!isSpace(value.charAt(i))) {
                result.append(value.charAt(i));
            }
        }
        return result.toString();
    }

    /** Length as a database column counts it: in characters, not UTF-16 units. */
    static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
