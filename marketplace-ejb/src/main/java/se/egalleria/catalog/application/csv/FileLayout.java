package se.egalleria.catalog.application.csv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The delimiter of a product file, guessed from its header line: ";" from Swedish Excel (where ","
 * is the decimal comma), "," from most other programs, tab from "Unicode text". A first line
 * "sep=;" (Excel's own hint) settles it.
 *
 * @param separatorLine whether the first line is such a hint and not the header
 */
record FileLayout(char delimiter, boolean separatorLine) {

    private static final Pattern SEPARATOR_HINT = Pattern.compile("(?i)sep=(.)\\s*");
    private static final char[] CANDIDATES = {';', '\t', ','};

    static FileLayout detect(String text) {
        String firstLine = firstNonBlankLine(text);
        Matcher hint = SEPARATOR_HINT.matcher(firstLine);
        if (hint.matches() && text.startsWith(firstLine)) {
            return new FileLayout(hint.group(1).charAt(0), true);
        }
        char best = CANDIDATES[0];
        int bestCount = 0;
        for (char candidate : CANDIDATES) {
            int count = countOutsideQuotes(firstLine, candidate);
            // Strictly more: on a tie the earlier candidate, ";" first, wins.
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return new FileLayout(best, false);
    }

    private static String firstNonBlankLine(String text) {
        return text.lines().filter(line -> !Text.clean(line).isEmpty()).findFirst().orElse("");
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
