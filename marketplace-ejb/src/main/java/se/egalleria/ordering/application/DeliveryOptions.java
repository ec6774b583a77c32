package se.egalleria.ordering.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What a shop offers for its part of the basket: home delivery (its next route days, the
 * municipality's fee, its minimum order and the villages it serves), pickup in the shop, and the
 * service points where it can be picked up instead.
 */
public record DeliveryOptions(boolean homeDelivery, List<LocalDate> routeDates, long feeOre, long minimumOrderOre,
                              boolean belowMinimum, List<String> villages, boolean shopPickup,
                              List<ServicePoint> servicePoints) {

    public DeliveryOptions {
        routeDates = List.copyOf(routeDates);
        villages = List.copyOf(villages);
        servicePoints = List.copyOf(servicePoints);
    }

    public record ServicePoint(long shopId, String name, String village) {
    }
}
