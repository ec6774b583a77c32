package se.egalleria.shop.application;

import java.time.DayOfWeek;
import java.util.Set;

/** A shop to add to a gallery, with its village named. */
public record ShopRegistration(String code, String name, String village, String description,
                               String openingHours, String phone, String email, HomeDelivery homeDelivery,
                               boolean servicePoint, String organisationNumber, String subsidyAgreement) {

    /** Home delivery to the named villages on the route days; null in a registration: none offered. */
    public record HomeDelivery(Set<String> villages, Set<DayOfWeek> routeDays, long minimumOrderOre) {
    }
}
