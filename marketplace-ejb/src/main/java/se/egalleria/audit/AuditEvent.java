package se.egalleria.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One administrative action. Not tenant-owned through EclipseLink because platform actions
 * belong to no municipality; {@link AuditLog} filters by tenant itself.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.OF_TENANT,
        query = "SELECT e FROM AuditEvent e WHERE e.tenant = :tenant ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = AuditEvent.COUNT_OF_TENANT, query = "SELECT COUNT(e) FROM AuditEvent e WHERE e.tenant = :tenant")
public class AuditEvent {

    static final String OF_TENANT = "AuditEvent.ofTenant";
    static final String COUNT_OF_TENANT = "AuditEvent.countOfTenant";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", length = 40, updatable = false)
    private String tenant;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 190, updatable = false)
    private String actor;

    @Column(name = "action", nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "target", nullable = false, length = 190, updatable = false)
    private String target;

    @Column(name = "detail", length = 1000, updatable = false)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(String tenant, String actor, String action, String target, String detail) {
        this.tenant = tenant;
        this.occurredAt = Instant.now();
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.detail = detail;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, action, target, detail);
    }
}
