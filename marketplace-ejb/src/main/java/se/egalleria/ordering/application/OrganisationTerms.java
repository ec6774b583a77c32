package se.egalleria.ordering.application;

import java.util.Map;

/**
 * What checkout needs to know about a municipal unit ordering as an organisation customer. The
 * organisation area implements it (se.egalleria.organisation); the interface lives here so that
 * ordering does not depend on that area, the same way payment providers plug in.
 */
public interface OrganisationTerms {

    /**
     * The unit the signed-in caller may order for, with its agreements valid today. The agreements
     * stay locked until the checkout commits, so two orders at once cannot both pass the limit.
     * Unknown units are not found; callers who are not the unit's orderers are refused.
     */
    UnitTerms forOrderer(long unitId);

    /** The unit as an order needs it: who, where goods go, and its agreements by shop id. */
    record UnitTerms(long unitId, String name, String phone, String street, String postalCode, long villageId,
                     Map<Long, Agreement> agreementsByShop) {

        public UnitTerms {
            agreementsByShop = Map.copyOf(agreementsByShop);
        }
    }

    /**
     * A framework agreement with one shop: the monthly limit (öre incl. VAT), whether an order above
     * it waits for approval (else it is refused), and the agreed prices (product id → öre incl. VAT;
     * empty: the shop's own prices, any product).
     */
    record Agreement(long shopId, String reference, long monthlyLimitOre, boolean approvalAboveLimit,
                     Map<Long, Long> agreedPrices) {

        public Agreement {
            agreedPrices = Map.copyOf(agreedPrices);
        }

        public boolean hasPriceList() {
            return !agreedPrices.isEmpty();
        }
    }
}
