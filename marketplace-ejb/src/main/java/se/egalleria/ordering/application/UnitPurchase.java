package se.egalleria.ordering.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.egalleria.catalog.application.SoldProduct;
import se.egalleria.shared.InvalidInputException;

/** The rules of a unit's framework agreements that decide what it may buy, and at which prices. */
final class UnitPurchase {

    private UnitPurchase() {
    }

    /**
     * The sold products at the agreed prices. A shop without an agreement valid today is refused,
     * and so is a product missing from an agreement's price list (on the shop's field, naming it).
     */
    static Map<Long, List<SoldProduct>> atAgreedPrices(OrganisationTerms.UnitTerms unit,
                                                       Map<Long, List<SoldProduct>> soldByShop,
                                                       Map<Long, String> shopNames) {
        Map<Long, List<SoldProduct>> priced = new LinkedHashMap<>();
        for (Map.Entry<Long, List<SoldProduct>> shop : soldByShop.entrySet()) {
            String field = "shops." + shop.getKey();
            OrganisationTerms.Agreement agreement = unit.agreementsByShop().get(shop.getKey());
            if (agreement == null) {
                throw new InvalidInputException(field, "error.organisation.noAgreement", unit.name(),
                        shopNames.get(shop.getKey()));
            }
            priced.put(shop.getKey(), shop.getValue().stream().map(p -> {
                if (!agreement.hasPriceList()) {
                    return p;
                }
                Long agreed = agreement.agreedPrices().get(p.productId());
                if (agreed == null) {
                    throw new InvalidInputException(field, "error.organisation.notInPriceList", p.name(),
                            shopNames.get(shop.getKey()), agreement.reference());
                }
                return new SoldProduct(p.productId(), p.shopId(), p.name(), p.ean(), p.unit(), p.storage(), agreed,
                        p.vatPercent(), p.quantity());
            }).toList());
        }
        return priced;
    }
}
