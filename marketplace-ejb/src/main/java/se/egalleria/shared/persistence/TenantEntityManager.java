package se.egalleria.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.egalleria.tenancy.application.TenantContext;

/**
 * The one place where the tenant is applied to persistence. A container-managed EntityManager
 * gets a new underlying EntityManager per transaction, so the tenant is set on each use.
 */
@ApplicationScoped
public class TenantEntityManager {

    @PersistenceContext(unitName = "egalleria")
    private EntityManager em;

    @Inject
    private TenantContext tenantContext;

    /** The EntityManager of the current request's municipality. */
    public EntityManager current() {
        return forTenant(tenantContext.require());
    }

    /** For work without a request (start-up, timers, batch) that names its tenant explicitly. */
    public EntityManager forTenant(String tenant) {
        if (!tenant.equals(em.getProperties().get(TenantOwnedEntity.TENANT_PROPERTY))) {
            em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenant);
        }
        return em;
    }

    /** For platform-wide rows that belong to no tenant (the municipalities themselves). */
    public EntityManager platform() {
        return em;
    }
}
