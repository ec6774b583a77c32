package se.egalleria.ordering.application;

/** An order line as placed. */
public record OrderLineView(long productId, String name, String ean, int quantity, String unit, long unitPriceOre,
                            long lineTotalOre, int vatPercent, long vatOre, boolean coolerBag) {
}
