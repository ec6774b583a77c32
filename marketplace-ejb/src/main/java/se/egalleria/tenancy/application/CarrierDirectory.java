package se.egalleria.tenancy.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import se.egalleria.shared.cache.TenantReferenceCache;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.domain.Carrier;

/**
 * The carriers of the current municipality (a handful each, so not paged), kept a short while: every
 * page of a shop's inbox names the carriers of its orders.
 */
@Stateless
public class CarrierDirectory {

    private static final String AREA = "carriers";

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private TenantReferenceCache cache;

    public List<CarrierSummary> list() {
        return cache.get(AREA, () -> tenantEm.current().createNamedQuery(Carrier.ALL, Carrier.class)
                .getResultStream()
                .map(c -> new CarrierSummary(c.id(), c.code(), c.name(), c.mode().name(), c.organisationNumber(),
                        c.subsidyAgreement()))
                .toList());
    }

    /** The municipality's carriers were added, changed or removed. */
    public void changed(String tenant) {
        cache.changed(AREA, tenant);
    }
}
