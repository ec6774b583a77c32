package se.egalleria.servicepoint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** One thing a service point offers, as the municipality words it ("Café corner"), in its place in the list. */
@Entity
@Table(name = "service_point_criterion")
@NamedQuery(name = ServicePointCriterion.ALL, query = "SELECT c FROM ServicePointCriterion c ORDER BY c.sortOrder, c.id")
public class ServicePointCriterion extends TenantOwnedEntity {

    public static final String ALL = "ServicePointCriterion.all";

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ServicePointCriterion() {
        // for JPA
    }

    public ServicePointCriterion(String name, int order) {
        this.name = name;
        this.sortOrder = order;
    }

    public void rename(String newName, int newOrder) {
        this.name = newName;
        this.sortOrder = newOrder;
    }

    public String name() {
        return name;
    }
}
