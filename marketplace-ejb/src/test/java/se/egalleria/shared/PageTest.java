package se.egalleria.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void totalPagesRoundsUp() {
        assertEquals(0, new Page<>(List.of(), 0, 20, 0).totalPages());
        assertEquals(1, new Page<>(List.of("a"), 0, 20, 1).totalPages());
        assertEquals(1, new Page<>(List.of(), 0, 20, 20).totalPages());
        assertEquals(2, new Page<>(List.of(), 0, 20, 21).totalPages());
    }

    @Test
    void hasNextUntilTheLastPage() {
        assertTrue(new Page<>(List.of(), 0, 20, 21).hasNext());
        assertFalse(new Page<>(List.of(), 1, 20, 21).hasNext());
        assertFalse(new Page<>(List.of(), 0, 20, 20).hasNext());
        assertFalse(new Page<>(List.of(), 0, 20, 0).hasNext());
    }

    @Test
    void itemsAreACopyThatCannotChange() {
        List<String> items = new ArrayList<>(List.of("a", "b"));
        Page<String> page = new Page<>(items, 0, 20, 2);
        items.add("c");

        assertEquals(List.of("a", "b"), page.items());
        assertThrows(UnsupportedOperationException.class, () -> page.items().add("d"));
    }
}
