package se.egalleria.catalog.application;

import java.util.Map;
import se.egalleria.catalog.domain.MeasureUnit;
import se.egalleria.catalog.domain.NetQuantity;
import se.egalleria.catalog.domain.Product;
import se.egalleria.catalog.domain.StorageClass;
import se.egalleria.catalog.domain.Unit;

/** Entities to summaries, with names looked up in maps loaded once per list (no query per row). */
final class ProductMapping {

    private ProductMapping() {
    }

    static ProductSummary summary(Product p, String shopName, Map<Long, String> categoryNames, Long imageVersion) {
        NetQuantity net = p.netQuantity();
        Long comparison = null;
        String comparisonUnit = null;
        if (p.unit() == Unit.KG || p.unit() == Unit.L) {
            comparison = p.priceOre();
            comparisonUnit = p.unit().label();
        } else if (net != null) {
            comparison = net.comparisonPriceOre(p.priceOre());
            comparisonUnit = net.unit() == MeasureUnit.G ? "kg" : "l";
        }
        return new ProductSummary(p.id(), p.shopId(), shopName, p.sku(), p.ean(), p.name(), p.description(),
                p.categoryId(), p.categoryId() == null ? null : categoryNames.get(p.categoryId()), p.priceOre(),
                p.vat().percent(), p.vat().vatIncludedIn(p.priceOre()), p.unit().label(),
                net == null ? null : net.amount(), net == null ? null : net.unit().name(), comparison, comparisonUnit,
                p.stock(), p.stock() == null || p.stock() > 0, p.storage().name(), p.storage() != StorageClass.AMBIENT,
                p.isVisible(), p.version(), imageVersion);
    }
}
