package se.egalleria.ordering.application;

import java.time.Instant;

/**
 * One handover of a home delivery to a carrier, i.e. one delivery attempt (its id is that of the
 * handover in the order's history), with the order as it stands now. A delivery run records
 * handovers, so a failed delivery that another carrier takes over is in each carrier's run once.
 */
public record Handover(long id, long carrierId, Instant at, OrderDetail order) {
}
