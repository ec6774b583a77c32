package se.egalleria.tenancy.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.domain.Carrier;

/** The carriers of the current municipality (a handful each, so not paged). */
@Stateless
public class CarrierDirectory {

    @Inject
    private TenantEntityManager tenantEm;

    public List<CarrierSummary> list() {
        return tenantEm.current().createNamedQuery(Carrier.ALL, Carrier.class).getResultStream()
                .map(c -> new CarrierSummary(c.id(), c.code(), c.name(), c.mode().name(), c.organisationNumber(),
                        c.subsidyAgreement()))
                .toList();
    }
}
