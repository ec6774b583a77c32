package se.egalleria.ordering.application;

/** An order line as placed; {@code storage} is AMBIENT, CHILLED or FROZEN (chilled and frozen go in a cooler bag). */
public record OrderLineView(long productId, String name, String ean, int quantity, String unit, long unitPriceOre,
                            long lineTotalOre, int vatPercent, long vatOre, boolean coolerBag, String storage) {

    public boolean frozen() {
        return "FROZEN".equals(storage);
    }
}
