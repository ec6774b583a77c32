package se.egalleria.account.application;

import java.time.Instant;

/**
 * A permission to order for a resident, as either side sees it: {@code given} when the caller is
 * the resident, otherwise the caller is (or is invited to be) the one who orders.
 */
public record DelegationView(long id, long residentAccountId, String residentName, String delegateEmail,
                             String status, Instant createdAt, Instant acceptedAt, Instant endedAt, boolean given) {
}
