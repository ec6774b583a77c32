package se.egalleria.subsidy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** A monthly report as the municipality approved it: stored whole, never recomputed, never changed. */
@Entity
@Table(name = "subsidy_report")
@NamedQuery(name = ApprovedReport.ONE, query = "SELECT r FROM ApprovedReport r WHERE r.kind = :kind"
        + " AND r.subjectId = :subject AND r.month = :month")
@NamedQuery(name = ApprovedReport.OF_YEAR, query = "SELECT r FROM ApprovedReport r WHERE r.month BETWEEN :first AND :last"
        + " ORDER BY r.month, r.kind, r.subjectId")
public class ApprovedReport extends TenantOwnedEntity {

    public static final String ONE = "ApprovedReport.one";
    public static final String OF_YEAR = "ApprovedReport.ofYear";

    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private String kind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "report_month", nullable = false, length = 7, updatable = false)
    private String month;

    @Lob
    @Column(name = "content", nullable = false, updatable = false)
    private String content;

    @Column(name = "deliveries", nullable = false, updatable = false)
    private int deliveries;

    @Column(name = "households", nullable = false, updatable = false)
    private int households;

    @Column(name = "subsidy_ore", nullable = false, updatable = false)
    private long subsidyOre;

    @Column(name = "fees_ore", nullable = false, updatable = false)
    private long feesOre;

    @Column(name = "approved_by", nullable = false, length = 190, updatable = false)
    private String approvedBy;

    @Column(name = "approved_at", nullable = false, updatable = false)
    private Instant approvedAt;

    protected ApprovedReport() {
        // for JPA
    }

    public ApprovedReport(String kind, long subjectId, String month, String content, int deliveries, int households,
                          long subsidyOre, long feesOre, String approvedBy, Instant approvedAt) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.month = month;
        this.content = content;
        this.deliveries = deliveries;
        this.households = households;
        this.subsidyOre = subsidyOre;
        this.feesOre = feesOre;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    public String content() {
        return content;
    }

    public String kind() {
        return kind;
    }

    public long subjectId() {
        return subjectId;
    }

    public String month() {
        return month;
    }
}
