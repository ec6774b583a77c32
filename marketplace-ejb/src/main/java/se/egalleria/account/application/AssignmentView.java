package se.egalleria.account.application;

import java.time.Instant;

/** A resident assigned to a home-care worker: who, since when, and (once removed) until when. */
public record AssignmentView(long id, long workerAccountId, String workerName, long residentAccountId,
                             String residentName, String residentEmail, Instant assignedAt, Instant endedAt) {
}
