package se.egalleria.catalog.application;

/** A product as it was when units of it were sold: what an order line keeps. */
public record SoldProduct(long productId, long shopId, String name, String ean, String unit, String storage,
                          long unitPriceOre, int vatPercent, int quantity) {
}
