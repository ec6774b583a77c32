package se.egalleria.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/**
 * A resident's permission for another person to order for them. It starts as an invitation to an
 * e-mail address, is active once the person with that address accepts, and ends for good when the
 * resident (or the delegate) withdraws it; a new permission is a new row, so history stays.
 */
@Entity
@Table(name = "delegation")
@NamedQuery(name = Delegation.OF_PERSON, query = "SELECT d FROM Delegation d WHERE (d.residentAccountId = :accountId"
        + " OR d.delegateEmail = :email) AND d.status <> :ended ORDER BY d.createdAt, d.id")
@NamedQuery(name = Delegation.ACTIVE_FOR, query = "SELECT d FROM Delegation d WHERE d.residentAccountId = :residentId"
        + " AND d.delegateAccountId = :delegateId AND d.status = :active")
@NamedQuery(name = Delegation.OPEN_BETWEEN, query = "SELECT d FROM Delegation d WHERE d.residentAccountId = :residentId"
        + " AND d.delegateEmail = :email AND d.status <> :ended")
public class Delegation extends TenantOwnedEntity {

    public static final String OF_PERSON = "Delegation.ofPerson";
    public static final String ACTIVE_FOR = "Delegation.activeFor";
    public static final String OPEN_BETWEEN = "Delegation.openBetween";

    /** Where a permission stands. */
    public enum Status { INVITED, ACTIVE, WITHDRAWN }

    @Column(name = "resident_account_id", nullable = false, updatable = false)
    private long residentAccountId;

    @Column(name = "delegate_email", nullable = false, length = 190, updatable = false)
    private String delegateEmail;

    @Column(name = "delegate_account_id")
    private Long delegateAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 190)
    private String endedBy;

    protected Delegation() {
        // for JPA
    }

    public Delegation(long residentAccountId, String delegateEmail, Instant now) {
        this.residentAccountId = residentAccountId;
        this.delegateEmail = delegateEmail;
        this.status = Status.INVITED;
        this.createdAt = now;
    }

    /** The invited person takes the permission on. */
    public void accept(long delegateAccountId, Instant now) {
        if (status != Status.INVITED) {
            throw new ConflictException("error.delegation.notInvited");
        }
        this.delegateAccountId = delegateAccountId;
        this.status = Status.ACTIVE;
        this.acceptedAt = now;
    }

    /** Ends the permission; orders placed while it was active stay as they are. */
    public void withdraw(String by, Instant now) {
        if (status == Status.WITHDRAWN) {
            return;
        }
        this.status = Status.WITHDRAWN;
        this.endedAt = now;
        this.endedBy = by;
    }

    public boolean isResident(long accountId) {
        return residentAccountId == accountId;
    }

    public boolean isFor(String email) {
        return delegateEmail.equals(email);
    }

    public long residentAccountId() {
        return residentAccountId;
    }

    public String delegateEmail() {
        return delegateEmail;
    }

    public Long delegateAccountId() {
        return delegateAccountId;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
