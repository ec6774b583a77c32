package se.egalleria.catalog.application;

import jakarta.persistence.Query;
import java.util.Arrays;
import java.util.List;
import se.egalleria.shared.InvalidInputException;

/**
 * Words typed into a search box, as JPQL: every word must occur in one of the given fields
 * (LIKE '%word%', the Swedish collation of the tables makes it case-insensitive with å/ä/ö as
 * letters of their own). Typed % and _ are searched for, not obeyed.
 */
final class WordSearch {

    static final int MAX_WORDS = 5;
    static final int MAX_LENGTH = 200;

    private final List<String> words;

    private WordSearch(List<String> words) {
        this.words = words;
    }

    static WordSearch of(String text) {
        if (text == null || text.isBlank()) {
            return new WordSearch(List.of());
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("q", "error.input.tooLong", MAX_LENGTH);
        }
        return new WordSearch(Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).limit(MAX_WORDS)
                .toList());
    }

    List<String> words() {
        return words;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    int size() {
        return words.size();
    }

    /** The LIKE pattern of the i-th word: anywhere, typed wildcards escaped. */
    String pattern(int i) {
        return "%" + escape(words.get(i)) + "%";
    }

    /** " AND (p.name LIKE :w0 ESCAPE '!' OR p.description LIKE :w0 ESCAPE '!') AND (...)". */
    String conditions(String... fields) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String parameter = ":w" + i;
            where.append(" AND (").append(String.join(" OR ", Arrays.stream(fields)
                    .map(field -> field + " LIKE " + parameter + " ESCAPE '!'").toList())).append(')');
        }
        return where.toString();
    }

    /** Orders names starting with the first word before names containing it, before the rest. */
    String relevance(String nameField) {
        return "CASE WHEN " + nameField + " LIKE :prefix ESCAPE '!' THEN 0 WHEN " + nameField
                + " LIKE :w0 ESCAPE '!' THEN 1 ELSE 2 END";
    }

    <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, pattern(i));
        }
        return query;
    }

    <Q extends Query> Q bindRelevance(Q query) {
        query.setParameter("prefix", escape(words.get(0)) + "%");
        return query;
    }

    private static String escape(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
