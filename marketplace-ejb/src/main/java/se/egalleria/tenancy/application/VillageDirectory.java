package se.egalleria.tenancy.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.domain.Village;

/** The villages of a municipality, for other areas that refer to villages by id. */
@Stateless
public class VillageDirectory {

    @Inject
    private TenantEntityManager tenantEm;

    /** Village ids by name, for work that names its tenant explicitly (start-up, imports). */
    public Map<String, Long> idsByName(String tenant) {
        return tenantEm.forTenant(tenant).createNamedQuery(Village.ALL, Village.class).getResultStream()
                .collect(Collectors.toMap(Village::name, Village::id));
    }

    /** The ids of the current municipality's villages (a village of another one is not among them). */
    public java.util.Set<Long> currentIds() {
        return tenantEm.current().createNamedQuery(Village.ALL, Village.class).getResultStream()
                .map(Village::id).collect(Collectors.toUnmodifiableSet());
    }
}
