package se.egalleria.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import se.egalleria.account.application.Access;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.application.TenantContext;

/** Records administrative actions in the caller's transaction, and shows a municipality its own. */
@Stateless
public class AuditLog {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private Access access;

    /** Records an action in the current municipality (or the platform's, outside one). */
    public void record(String actor, String action, String target, String detail) {
        recordIn(tenantContext.current().orElse(null), actor, action, target, detail);
    }

    /** Records an action in a named municipality, for work without a request (background jobs). */
    public void recordIn(String tenant, String actor, String action, String target, String detail) {
        tenantEm.platform().persist(new AuditEvent(tenant, actor, action, target,
                detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000)));
    }

    /** The current municipality's events, newest first: for its administrators and operators. */
    public Page<AuditEntry> list(PageRequest request) {
        access.requireAdministrator();
        String tenant = tenantContext.require();
        EntityManager em = tenantEm.platform();
        long total = em.createNamedQuery(AuditEvent.COUNT_OF_TENANT, Long.class).setParameter("tenant", tenant)
                .getSingleResult();
        List<AuditEntry> items = em.createNamedQuery(AuditEvent.OF_TENANT, AuditEvent.class)
                .setParameter("tenant", tenant)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultStream().map(AuditEvent::toEntry).toList();
        return new Page<>(items, request.page(), request.size(), total);
    }
}
