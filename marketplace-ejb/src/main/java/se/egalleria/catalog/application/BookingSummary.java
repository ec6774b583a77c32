package se.egalleria.catalog.application;

import java.time.Instant;

/** A booking of seats in a slot. */
public record BookingSummary(long id, long slotId, long serviceId, String serviceName, Instant startsAt, int seats) {
}
