package se.egalleria.catalog.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a product is found by: every whitespace-separated word of its name and description,
 * lower-cased and at most {@value #MAX_LENGTH} characters. A search word (also split at
 * whitespace) occurs in a text exactly when it occurs inside one of these words, so looking among
 * them finds what {@code LIKE '%word%'} on the whole text finds.
 */
public final class ProductWords {

    /** The index's column width; the rare longer word (a pasted link) is cut. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ProductWords() {
    }

    public static Set<String> of(String name, String description) {
        Set<String> words = new LinkedHashSet<>();
        add(words, name);
        add(words, description);
        return words;
    }

    private static void add(Set<String> words, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String word : WHITESPACE.split(text.strip())) {
            if (!word.isEmpty()) {
                words.add(cut(word.toLowerCase(Locale.ROOT)));
            }
        }
    }

    private static String cut(String word) {
        if (word.length() <= MAX_LENGTH) {
            return word;
        }
        int end = Character.isHighSurrogate(word.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return word.substring(0, end);
    }
}
