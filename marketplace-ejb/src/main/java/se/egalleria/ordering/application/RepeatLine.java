package se.egalleria.ordering.application;

/**
 * One line of an earlier order as it would be ordered again today. {@code status}: AVAILABLE (as
 * many as before), REDUCED (fewer in stock: {@code quantity} is what is left), OUT_OF_STOCK or
 * NOT_SOLD (hidden, removed or its shop closed); those two add nothing ({@code quantity} 0,
 * {@code unitPriceOre} null when not sold). {@code priceChanged}: today's price differs from the
 * price paid then. Prices include VAT, in öre.
 */
public record RepeatLine(long productId, String name, int previousQuantity, int quantity,
                         long previousUnitPriceOre, Long unitPriceOre, boolean priceChanged, String status,
                         int vatPercent) {

    /** What the line costs today (0 when nothing is added). */
    public long lineTotalOre() {
        return unitPriceOre == null ? 0 : unitPriceOre * quantity;
    }

    /** Whether the resident should look at this line before confirming. */
    public boolean changed() {
        return priceChanged || !"AVAILABLE".equals(status);
    }
}
