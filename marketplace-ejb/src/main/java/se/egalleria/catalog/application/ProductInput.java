package se.egalleria.catalog.application;

/**
 * A product as a shop sends it, not yet checked. {@code stock} null means always available;
 * {@code netQuantityUnit} is "G" or "ML"; {@code version} is required when changing a product.
 */
public record ProductInput(String sku, String ean, String name, String description, Long categoryId, Long priceOre,
                           Integer vatPercent, String unit, Integer netQuantity, String netQuantityUnit, Integer stock,
                           String storage, Boolean visible, Long version) {
}
