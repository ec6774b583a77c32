package se.egalleria.ordering.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasketTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void linesAreInTheOrderTheyWereAddedWhateverOrderTheyAreHeldIn() {
        Basket basket = new Basket("digest", NOW);
        basket.setQuantity(30, 1, NOW.plusSeconds(20));
        basket.setQuantity(10, 2, NOW);
        basket.setQuantity(20, 3, NOW.plusSeconds(10));
        assertEquals(List.of(10L, 20L, 30L), basket.items().stream().map(BasketItem::productId).toList());
    }

    @Test
    void zeroTakesALineOutAndAChangeKeepsItsPlace() {
        Basket basket = new Basket("digest", NOW);
        basket.setQuantity(1, 1, NOW);
        basket.setQuantity(2, 1, NOW.plusSeconds(1));
        basket.setQuantity(1, 5, NOW.plusSeconds(2));
        basket.setQuantity(2, 0, NOW.plusSeconds(3));
        assertEquals(List.of(1L), basket.items().stream().map(BasketItem::productId).toList());
        assertEquals(5, basket.items().get(0).quantity());
    }

    @Test
    void theTimeOfTheLastChangeIsKeptToTheMinute() {
        Basket basket = new Basket("digest", NOW);
        basket.setQuantity(1, 1, NOW.plusSeconds(59));
        assertEquals(NOW, basket.updatedAt(), "changes within a minute are not written again");
        basket.setQuantity(1, 2, NOW.plusSeconds(60));
        assertEquals(NOW.plusSeconds(60), basket.updatedAt());
        basket.empty(NOW.plusSeconds(200));
        assertEquals(NOW.plusSeconds(200), basket.updatedAt());
    }

    @Test
    void aFullBasketTakesNoNewLine() {
        Basket basket = new Basket("digest", NOW);
        for (long id = 1; id <= Basket.MAX_LINES; id++) {
            basket.setQuantity(id, 1, NOW);
        }
        assertTrue(basket.isFull());
        assertThrows(IllegalStateException.class, () -> basket.setQuantity(Basket.MAX_LINES + 1L, 1, NOW));
    }
}
