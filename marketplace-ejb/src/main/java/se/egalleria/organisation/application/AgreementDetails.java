package se.egalleria.organisation.application;

import java.time.LocalDate;
import java.util.List;

/** A framework agreement as the console and the API show it, with its agreed prices. */
public record AgreementDetails(long id, long unitId, long shopId, String shopName, String reference,
                               LocalDate validFrom, LocalDate validTo, long monthlyLimitOre, String aboveLimit,
                               List<AgreedPriceView> prices, long version) {

    public AgreementDetails {
        prices = List.copyOf(prices);
    }

    /** A product on the agreed price list. */
    public record AgreedPriceView(long productId, String productName, long priceOre) {
    }
}
