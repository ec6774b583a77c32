package se.egalleria.servicepoint.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/**
 * What the municipality has recorded about a shop as a (possible) service point: the criteria it
 * meets, the contract period and the yearly compensation. Refers to the shop by id.
 */
@Entity
@Table(name = "service_point_assessment")
@NamedQuery(name = ServicePointAssessment.ALL, query = "SELECT a FROM ServicePointAssessment a")
@NamedQuery(name = ServicePointAssessment.OF_SHOP,
        query = "SELECT a FROM ServicePointAssessment a WHERE a.shopId = :shopId")
public class ServicePointAssessment extends TenantOwnedEntity {

    public static final String ALL = "ServicePointAssessment.all";
    public static final String OF_SHOP = "ServicePointAssessment.ofShop";

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @ElementCollection
    @CollectionTable(name = "service_point_assessment_criterion", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "criterion_id", nullable = false)
    private Set<Long> criteriaMet = new HashSet<>();

    @Column(name = "contract_from")
    private LocalDate contractFrom;

    @Column(name = "contract_to")
    private LocalDate contractTo;

    @Column(name = "compensation_ore", nullable = false)
    private long compensationOre;

    protected ServicePointAssessment() {
        // for JPA
    }

    public ServicePointAssessment(long shopId) {
        this.shopId = shopId;
    }

    /** Replaces what is recorded; the caller has checked the criteria, the period and the amount. */
    public void record(Set<Long> criteria, LocalDate from, LocalDate to, long yearlyCompensationOre) {
        this.criteriaMet = new HashSet<>(criteria);
        this.contractFrom = from;
        this.contractTo = to;
        this.compensationOre = yearlyCompensationOre;
    }

    /** The municipality no longer has this criterion. */
    public void forget(long criterionId) {
        criteriaMet.remove(criterionId);
    }

    public long shopId() {
        return shopId;
    }

    public Set<Long> criteriaMet() {
        return Set.copyOf(criteriaMet);
    }

    public LocalDate contractFrom() {
        return contractFrom;
    }

    public LocalDate contractTo() {
        return contractTo;
    }

    public long compensationOre() {
        return compensationOre;
    }
}
