package se.egalleria.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductWordsTest {

    @Test
    void wordsOfNameAndDescriptionLowerCasedOnceEach() {
        assertEquals(List.of("ekologisk", "mellanmjölk", "1,5", "l", "från", "fjällen."),
                List.copyOf(ProductWords.of("Ekologisk  MELLANMJÖLK 1,5 l", " Mellanmjölk\tfrån\nfjällen. ")));
    }

    @Test
    void punctuationStaysInsideItsWordSoAnyPartOfItCanBeFound() {
        assertEquals(Set.of("t-shirt", "(grön)"), ProductWords.of("T-shirt (grön)", null));
    }

    @Test
    void nothingForEmptyText() {
        assertTrue(ProductWords.of(null, "  ").isEmpty());
    }

    @Test
    void aVeryLongWordIsCutToTheColumnWidthWithoutSplittingACharacter() {
        String link = "https://example.test/" + "a".repeat(200);
        assertEquals(ProductWords.MAX_LENGTH, ProductWords.of(link, "").iterator().next().length());

        String emoji = "x".repeat(ProductWords.MAX_LENGTH - 1) + "\uD83E\uDD5B";
        String cut = ProductWords.of(emoji, "").iterator().next();
        assertEquals(ProductWords.MAX_LENGTH - 1, cut.length(), "the glass of milk is dropped whole");
    }
}
