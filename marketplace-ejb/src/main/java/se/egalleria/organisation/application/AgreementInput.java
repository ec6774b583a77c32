package se.egalleria.organisation.application;

import java.util.List;

/**
 * A framework agreement with a shop: reference, validFrom and validTo (yyyy-mm-dd; validTo
 * optional), monthly limit in öre including VAT, aboveLimit (REFUSE or NEEDS_APPROVAL), and the
 * agreed prices (optional; with them only those products may be ordered, at those prices).
 */
public record AgreementInput(Long shopId, String reference, String validFrom, String validTo, Long monthlyLimitOre,
                             String aboveLimit, List<PriceInput> prices, Long version) {

    public AgreementInput {
        prices = prices == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(prices));
    }

    /** One agreed price: a product of the shop and its price in öre including VAT. */
    public record PriceInput(Long productId, Long priceOre) {
    }
}
