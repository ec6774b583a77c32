package se.egalleria.ordering.domain;

import java.time.LocalDate;

/** The delivery chosen for one shop's order: how, on which route day, where to pick up, at what fee. */
public record Delivery(DeliveryMethod method, LocalDate date, Long pickupShopId, long feeOre) {

    public Delivery {
        if (method == DeliveryMethod.HOME_DELIVERY && date == null) {
            throw new IllegalArgumentException("Home delivery needs a route day");
        }
        if (method == DeliveryMethod.SERVICE_POINT_PICKUP && pickupShopId == null) {
            throw new IllegalArgumentException("Pickup at a service point needs the service point");
        }
        if (feeOre < 0) {
            throw new IllegalArgumentException("A fee cannot be negative");
        }
    }
}
