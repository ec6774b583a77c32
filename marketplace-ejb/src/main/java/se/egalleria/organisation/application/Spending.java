package se.egalleria.organisation.application;

import java.util.List;

/** What a unit spent in a Swedish month with each shop it has an agreement with, against the limit. */
public record Spending(long unitId, String unitName, String month, List<ShopSpending> shops) {

    public Spending {
        shops = List.copyOf(shops);
    }

    /** One shop: the agreement, its limit, spent so far (orders not rejected) and what remains. */
    public record ShopSpending(long shopId, String shopName, String reference, long monthlyLimitOre, long spentOre,
                               long remainingOre, String aboveLimit) {
    }
}
