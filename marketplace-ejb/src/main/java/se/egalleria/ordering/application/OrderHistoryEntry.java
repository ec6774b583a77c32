package se.egalleria.ordering.application;

import java.time.Instant;

/** One step of an order's history. */
public record OrderHistoryEntry(String status, String actor, String note, Instant at) {
}
