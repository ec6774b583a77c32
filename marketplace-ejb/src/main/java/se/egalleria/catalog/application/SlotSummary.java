package se.egalleria.catalog.application;

import java.time.Instant;

/** A bookable occasion and how many seats remain. */
public record SlotSummary(long id, long serviceId, Instant startsAt, int capacity, int booked, int seatsLeft) {
}
