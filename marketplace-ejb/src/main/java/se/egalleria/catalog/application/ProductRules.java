package se.egalleria.catalog.application;

import se.egalleria.catalog.domain.Ean;
import se.egalleria.catalog.domain.MeasureUnit;
import se.egalleria.catalog.domain.NetQuantity;
import se.egalleria.catalog.domain.ProductDetails;
import se.egalleria.catalog.domain.StorageClass;
import se.egalleria.catalog.domain.Unit;
import se.egalleria.catalog.domain.VatRate;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.Inputs;

/** Checks what a shop sends about a product, field by field. */
final class ProductRules {

    static final long MAX_PRICE_ORE = 100_000_000L;

    private ProductRules() {
    }

    static ProductDetails check(ProductInput input) {
        ProductInput in = input == null
                ? new ProductInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                : input;
        String sku = blankToNull(Inputs.optional("sku", in.sku(), 40));
        String ean = blankToNull(in.ean());
        if (ean != null) {
            ean = Ean.normalise(ean);
            if (ean == null) {
                throw new InvalidInputException("ean", "error.product.ean");
            }
        }
        if (in.priceOre() == null) {
            throw new InvalidInputException("priceOre", "error.input.required");
        }
        if (in.priceOre() < 0 || in.priceOre() > MAX_PRICE_ORE) {
            throw new InvalidInputException("priceOre", "error.product.price");
        }
        VatRate vat = VatRate.ofPercent(in.vatPercent() == null ? -1 : in.vatPercent())
                .orElseThrow(() -> new InvalidInputException("vatPercent", "error.product.vat"));
        Unit unit = in.unit() == null || in.unit().isBlank() ? Unit.ST : Inputs.oneOf(Unit.class, "unit", in.unit());
        NetQuantity net = null;
        if (in.netQuantity() != null) {
            if (in.netQuantity() <= 0) {
                throw new InvalidInputException("netQuantity", "error.product.netQuantity");
            }
            net = new NetQuantity(in.netQuantity(), Inputs.oneOf(MeasureUnit.class, "netQuantityUnit", in.netQuantityUnit()));
        }
        if (in.stock() != null && in.stock() < 0) {
            throw new InvalidInputException("stock", "error.product.stock");
        }
        StorageClass storage = in.storage() == null || in.storage().isBlank() ? StorageClass.AMBIENT
                : Inputs.oneOf(StorageClass.class, "storage", in.storage());
        return new ProductDetails(sku, ean, Inputs.required("name", in.name(), 120),
                Inputs.optional("description", in.description(), 4000), in.categoryId(), in.priceOre(), vat, unit, net,
                in.stock(), storage, in.visible() == null || in.visible());
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
