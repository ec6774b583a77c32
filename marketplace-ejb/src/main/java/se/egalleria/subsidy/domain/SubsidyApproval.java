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
 * distance), by whom and when, for which days. Only what the decision needs is kept. Withdrawing
 * ends the period rather than deleting it, so months it covered keep their lines.
 */
@Entity
@Table(name = "subsidy_approval")
@NamedQuery(name = SubsidyApproval.ALL, query = "SELECT a FROM SubsidyApproval a ORDER BY a.name, a.id")
@NamedQuery(name = SubsidyApproval.OF_HOUSEHOLD, query = "SELECT a FROM SubsidyApproval a WHERE a.household = :household"
        + " ORDER BY a.validFrom")
public class SubsidyApproval extends TenantOwnedEntity {

    public static final String ALL = "SubsidyApproval.all";
    public static final String OF_HOUSEHOLD = "SubsidyApproval.ofHousehold";

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

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "ended_by", length = 190)
    private String endedBy;

    protected SubsidyApproval() {
        // for JPA
    }

    public SubsidyApproval(String household, String name, String street, String postalCode, long villageId,
                           String basis, String approvedBy, Instant approvedAt, LocalDate validFrom,
                           LocalDate validUntil) {
        this.household = household;
        this.name = name;
        this.street = street;
        this.postalCode = postalCode;
        this.villageId = villageId;
        this.basis = basis;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    /** Whether the approval covers a delivery on this day. */
    public boolean covers(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** Whether some day from {@code day} on is covered: such a period blocks a second approval. */
    public boolean coversOnOrAfter(LocalDate day) {
        return validUntil == null || !validUntil.isBefore(day);
    }

    /** Withdrawn: the approval covers no day after {@code lastDay}. */
    public void end(LocalDate lastDay, String by) {
        if (validUntil == null || validUntil.isAfter(lastDay)) {
            validUntil = lastDay.isBefore(validFrom) ? validFrom.minusDays(1) : lastDay;
        }
        endedBy = by;
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

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String endedBy() {
        return endedBy;
    }
}
