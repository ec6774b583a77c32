package se.egalleria.servicepoint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** How many of its criteria a shop must meet to be a service point in this municipality (one row each). */
@Entity
@Table(name = "service_point_policy")
@NamedQuery(name = ServicePointPolicy.CURRENT, query = "SELECT p FROM ServicePointPolicy p")
public class ServicePointPolicy extends TenantOwnedEntity {

    public static final String CURRENT = "ServicePointPolicy.current";

    @Column(name = "criteria_required", nullable = false)
    private int criteriaRequired;

    protected ServicePointPolicy() {
        // for JPA
    }

    public ServicePointPolicy(int criteriaRequired) {
        this.criteriaRequired = criteriaRequired;
    }

    public void require(int criteria) {
        this.criteriaRequired = criteria;
    }

    public int criteriaRequired() {
        return criteriaRequired;
    }
}
