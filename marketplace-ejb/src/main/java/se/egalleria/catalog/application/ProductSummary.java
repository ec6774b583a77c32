package se.egalleria.catalog.application;

/**
 * A product as lists and pages show it: price including VAT and the VAT in it, comparison price
 * per kg or litre where the net quantity is known, whether it needs a cooler bag, and the version of
 * its picture (null: none).
 */
public record ProductSummary(long id, long shopId, String shopName, String sku, String ean, String name,
                             String description, Long categoryId, String categoryName, long priceOre, int vatPercent,
                             long vatOre, String unit, Integer netQuantity, String netQuantityUnit,
                             Long comparisonPriceOre, String comparisonUnit, Integer stock, boolean available,
                             String storage, boolean coolerBag, boolean visible, long version, Long imageVersion) {

    /**
     * From the id and version only: Yasson's recursion check hashes every object it writes, and
     * the record's own hash code read all 24 fields, names and descriptions included (17 % of a
     * product list's CPU). Equal summaries still have equal hash codes.
     */
    @Override
    public int hashCode() {
        return 31 * Long.hashCode(id) + Long.hashCode(version);
    }
}
