package se.egalleria.catalog.domain;

/** Everything a shop says about a product, already checked. */
public record ProductDetails(String sku, String ean, String name, String description, Long categoryId, long priceOre,
                             VatRate vat, Unit unit, NetQuantity netQuantity, Integer stock, StorageClass storage,
                             boolean visible) {
}
