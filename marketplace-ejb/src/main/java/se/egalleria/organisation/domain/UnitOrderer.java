package se.egalleria.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/**
 * A person who may order for a unit: a membership of the unit rather than a role, so one account
 * can order for several units and still shop as a resident (see Invitations.inviteUnitOrderer).
 */
@Entity
@Table(name = "unit_orderer")
@NamedQuery(name = UnitOrderer.OF_UNIT, query = "SELECT o FROM UnitOrderer o WHERE o.unitId = :unitId"
        + " ORDER BY o.email, o.id")
@NamedQuery(name = UnitOrderer.OF_ACCOUNT, query = "SELECT o FROM UnitOrderer o WHERE o.accountId = :accountId")
@NamedQuery(name = UnitOrderer.ONE, query = "SELECT o FROM UnitOrderer o WHERE o.unitId = :unitId"
        + " AND o.accountId = :accountId")
public class UnitOrderer extends TenantOwnedEntity {

    public static final String OF_UNIT = "UnitOrderer.ofUnit";
    public static final String OF_ACCOUNT = "UnitOrderer.ofAccount";
    public static final String ONE = "UnitOrderer.one";

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "email", nullable = false, length = 190, updatable = false)
    private String email;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    protected UnitOrderer() {
        // for JPA
    }

    public UnitOrderer(long unitId, long accountId, String email, Instant invitedAt) {
        this.unitId = unitId;
        this.accountId = accountId;
        this.email = email;
        this.invitedAt = invitedAt;
    }

    public long unitId() {
        return unitId;
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public Instant invitedAt() {
        return invitedAt;
    }
}
