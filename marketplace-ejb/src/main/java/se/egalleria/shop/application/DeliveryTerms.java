package se.egalleria.shop.application;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * How a shop gets its orders to residents: home delivery to some villages on its route days above
 * a minimum order, pickup in the shop, and whether it is a service point where other shops'
 * orders can be picked up.
 */
public record DeliveryTerms(long shopId, String shopName, boolean homeDelivery, Set<Long> villageIds,
                            Set<DayOfWeek> routeDays, long minimumOrderOre, boolean shopPickup,
                            boolean servicePoint) {

    public DeliveryTerms {
        villageIds = Set.copyOf(villageIds);
        routeDays = Set.copyOf(routeDays);
    }

    public boolean delivers(long villageId) {
        return homeDelivery && villageIds.contains(villageId);
    }
}
