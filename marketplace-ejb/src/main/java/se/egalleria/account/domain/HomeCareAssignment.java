package se.egalleria.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/**
 * The municipality assigns a resident to a home-care worker, who may then order for that resident.
 * Active until the administrator removes it (or either account is deleted); removing it keeps the
 * row, so the history of who could order for whom stays.
 */
@Entity
@Table(name = "home_care_assignment")
@NamedQuery(name = HomeCareAssignment.ACTIVE_FOR, query = "SELECT h FROM HomeCareAssignment h"
        + " WHERE h.workerAccountId = :workerId AND h.residentAccountId = :residentId AND h.endedAt IS NULL")
@NamedQuery(name = HomeCareAssignment.ACTIVE_OF_WORKERS, query = "SELECT h FROM HomeCareAssignment h"
        + " WHERE h.workerAccountId IN :workerIds AND h.endedAt IS NULL ORDER BY h.assignedAt, h.id")
@NamedQuery(name = HomeCareAssignment.ACTIVE_OF_PERSON, query = "SELECT h FROM HomeCareAssignment h"
        + " WHERE (h.workerAccountId = :accountId OR h.residentAccountId = :accountId) AND h.endedAt IS NULL")
public class HomeCareAssignment extends TenantOwnedEntity {

    public static final String ACTIVE_FOR = "HomeCareAssignment.activeFor";
    public static final String ACTIVE_OF_WORKERS = "HomeCareAssignment.activeOfWorkers";
    public static final String ACTIVE_OF_PERSON = "HomeCareAssignment.activeOfPerson";

    @Column(name = "worker_account_id", nullable = false, updatable = false)
    private long workerAccountId;

    @Column(name = "resident_account_id", nullable = false, updatable = false)
    private long residentAccountId;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, length = 190, updatable = false)
    private String assignedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 190)
    private String endedBy;

    protected HomeCareAssignment() {
        // for JPA
    }

    public HomeCareAssignment(long workerAccountId, long residentAccountId, String assignedBy, Instant now) {
        this.workerAccountId = workerAccountId;
        this.residentAccountId = residentAccountId;
        this.assignedBy = assignedBy;
        this.assignedAt = now;
    }

    /** Ends the assignment; orders placed while it was active stay as they are. */
    public void end(String by, Instant now) {
        if (endedAt == null) {
            this.endedAt = now;
            this.endedBy = by;
        }
    }

    public boolean isActive() {
        return endedAt == null;
    }

    public long workerAccountId() {
        return workerAccountId;
    }

    public long residentAccountId() {
        return residentAccountId;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
