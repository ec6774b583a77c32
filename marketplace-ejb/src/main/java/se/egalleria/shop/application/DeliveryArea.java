package se.egalleria.shop.application;

import java.util.List;

/**
 * Where and when a shop delivers home, as the administrator sets it: the villages served (ids),
 * route days (MONDAY … SUNDAY) and minimum order in öre; {@code version} goes back with a change.
 */
public record DeliveryArea(long shopId, String shopName, List<Long> villageIds, List<String> routeDays,
                           long minimumOrderOre, long version) {

    public DeliveryArea {
        villageIds = List.copyOf(villageIds);
        routeDays = List.copyOf(routeDays);
    }
}
