package se.egalleria.audit;

import java.time.Instant;

/** An audit event as administrators read it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String target, String detail) {
}
