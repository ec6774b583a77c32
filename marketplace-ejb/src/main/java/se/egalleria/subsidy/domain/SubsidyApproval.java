package se.egalleria.subsidy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/**
 * A household approved for subsidised home delivery, on a basis (age, disability, no car,
 * distance), by whom and when, until when. Only what the decision needs is kept.
 */
@Entity
@Table(name = "subsidy_approval")
@NamedQuery(name = SubsidyApproval.ALL, query = "SELECT a FROM SubsidyApproval a ORDER BY a.name, a.id")
public class SubsidyApproval extends TenantOwnedEntity {

    public static final String ALL = "SubsidyApproval.all";

    @Column(name = "household", nullable = false, length = 300, updatable = false)
    private String household;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "street", nullable = false, length = 200, updatable = false)
    private String street;

    @Column(name = "postal_code", nullable = false, length = 5, updatable = false)
    private String postalCode;

    @Column(name = "village_id", nullable = false, updatable = false)
    private long villageId;

    @Column(name = "basis", nullable = false, length = 20)
    private String basis;

    @Column(name = "approved_by", nullable = false, length = 190)
    private String approvedBy;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected SubsidyApproval() {
        // for JPA
    }

    public SubsidyApproval(String household, String name, String street, String postalCode, long villageId,
                           String basis, String approvedBy, Instant approvedAt, LocalDate validUntil) {
        this.household = household;
        this.name = name;
        this.street = street;
        this.postalCode = postalCode;
        this.villageId = villageId;
        this.basis = basis;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.validUntil = validUntil;
    }

    /** Whether the approval covers a delivery on this day. */
    public boolean covers(LocalDate day) {
        return validUntil == null || !day.isAfter(validUntil);
    }

    public String household() {
        return household;
    }

    public String name() {
        return name;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public long villageId() {
        return villageId;
    }

    public String basis() {
        return basis;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public LocalDate validUntil() {
        return validUntil;
    }
}
