package se.egalleria.ordering.application;

/** One product in the basket at today's price. */
public record BasketLine(long productId, String name, String unit, long unitPriceOre, int quantity,
                         long lineTotalOre, Integer stock, boolean enoughInStock, boolean coolerBag,
                         Long imageVersion) {
}
