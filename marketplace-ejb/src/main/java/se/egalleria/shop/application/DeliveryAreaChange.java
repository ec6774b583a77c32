package se.egalleria.shop.application;

import java.util.List;

/**
 * A change of a shop's delivery area as sent (no villages or no route days: no home delivery).
 * {@code version} is the shop's as the caller read it.
 */
public record DeliveryAreaChange(List<Long> villageIds, List<String> routeDays, Long minimumOrderOre, Long version) {
}
