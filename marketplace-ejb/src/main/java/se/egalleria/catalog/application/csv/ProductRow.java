package se.egalleria.catalog.application.csv;

import java.util.Objects;
import se.egalleria.catalog.domain.NetQuantity;
import se.egalleria.catalog.domain.StorageClass;
import se.egalleria.catalog.domain.Unit;
import se.egalleria.catalog.domain.VatRate;

/**
 * One product from a product file, already checked.
 *
 * @param line        1-based line in the file where the product starts (the header is line 1, unless
 *                    Excel's "sep=;" hint line comes first)
 * @param sku         the shop's article number, or null; at least one of sku and ean is present
 * @param ean         EAN-8 or EAN-13 digits without spaces, or null
 * @param description "" when the file has none
 * @param category    the category name as the shop wrote it, "" when none
 * @param priceOre    price including VAT, in öre
 * @param netQuantity net content (grams or millilitres), or null when not given
 * @param stock       pieces in stock, or null for "always available"
 */
public record ProductRow(int line, String sku, String ean, String name, String description, String category,
                         long priceOre, VatRate vat, Unit unit, NetQuantity netQuantity, Integer stock,
                         StorageClass storage, boolean visible) {

    public ProductRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(storage, "storage");
    }
}
