package se.egalleria.catalog.application;

import java.time.Instant;

/** A booking of seats in a slot; {@code household} only for shopping trips with a known address. */
public record BookingSummary(long id, long slotId, long serviceId, String serviceName, Instant startsAt, int seats,
                             BookedHousehold household) {

    /** The household a shopping trip was booked for. */
    public record BookedHousehold(String name, String street, String postalCode, Long villageId) {
    }
}
