/** The audit log: who did which administrative action, when, in which municipality. Public face: {@link se.egalleria.audit.AuditLog}. */
package se.egalleria.audit;
