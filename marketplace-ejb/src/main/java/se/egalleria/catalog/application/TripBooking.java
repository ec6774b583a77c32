package se.egalleria.catalog.application;

import java.time.Instant;

/**
 * One booking of a shopping trip as the subsidy reports need it: which shop's trip, when it ran,
 * seats, and the household (name, street, postal code null once unknown or forgotten; village id
 * null when no address was known at all).
 */
public record TripBooking(long bookingId, long shopId, long serviceId, String serviceName, long slotId,
                          Instant startsAt, int seats, String name, String street, String postalCode,
                          Long villageId) {
}
