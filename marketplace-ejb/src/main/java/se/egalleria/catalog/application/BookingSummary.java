package se.egalleria.catalog.application;

import java.time.Instant;

/** A booking that went through. */
public record BookingSummary(long id, long slotId, long serviceId, Instant startsAt, int seats) {
}
