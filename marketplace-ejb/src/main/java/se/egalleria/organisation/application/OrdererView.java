package se.egalleria.organisation.application;

import java.time.Instant;

/** A person who may order for a unit. */
public record OrdererView(long id, long unitId, long accountId, String email, Instant invitedAt) {
}
