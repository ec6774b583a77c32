package se.egalleria.ordering.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.egalleria.catalog.application.ProductSummary;

class RepeatComparisonTest {

    @Test
    void anUnchangedLineIsAvailableAsBefore() {
        RepeatLine line = only(line(1, 2, 4990), product(1, 4990, null));
        assertEquals(new RepeatLine(1, "Vara 1", 2, 2, 4990, 4990L, false, "AVAILABLE", 12), line);
        assertFalse(line.changed());
        assertEquals(9980, line.lineTotalOre());
    }

    @Test
    void aNewPriceIsShownBesideTheOldOne() {
        RepeatLine line = only(line(1, 3, 12500), product(1, 13900, 10));
        assertTrue(line.priceChanged());
        assertEquals(12500, line.previousUnitPriceOre());
        assertEquals(13900L, line.unitPriceOre());
        assertEquals(3 * 13900, line.lineTotalOre());
        assertTrue(line.changed());
    }

    @Test
    void theQuantityIsLoweredToWhatIsInStock() {
        RepeatLine line = only(line(1, 5, 1000), product(1, 1000, 2));
        assertEquals("REDUCED", line.status());
        assertEquals(5, line.previousQuantity());
        assertEquals(2, line.quantity());
        assertEquals(2000, line.lineTotalOre());
    }

    @Test
    void aSoldOutLineAddsNothing() {
        RepeatLine line = only(line(1, 1, 1000), product(1, 1000, 0));
        assertEquals("OUT_OF_STOCK", line.status());
        assertEquals(0, line.quantity());
        assertEquals(0, line.lineTotalOre());
    }

    @Test
    void aProductNoLongerSoldKeepsTheOldNameAndPrice() {
        List<RepeatLine> lines = RepeatComparison.compare(List.of(line(7, 2, 3000)), Map.of());
        RepeatLine line = lines.get(0);
        assertEquals("NOT_SOLD", line.status());
        assertEquals("Vara 7", line.name());
        assertEquals(3000, line.previousUnitPriceOre());
        assertNull(line.unitPriceOre());
        assertEquals(0, line.lineTotalOre());
    }

    private static RepeatLine only(OrderLineView line, ProductSummary today) {
        return RepeatComparison.compare(List.of(line), Map.of(today.id(), today)).get(0);
    }

    private static OrderLineView line(long productId, int quantity, long unitPriceOre) {
        return new OrderLineView(productId, "Vara " + productId, "", quantity, "ST", unitPriceOre,
                unitPriceOre * quantity, 12, 0, false, "AMBIENT");
    }

    private static ProductSummary product(long id, long priceOre, Integer stock) {
        return new ProductSummary(id, 1, "Butiken", "sku", "", "Vara " + id, "", null, null, priceOre, 12, 0, "ST",
                null, null, null, null, stock, stock == null || stock > 0, "AMBIENT", false, true, 0, null);
    }
}
