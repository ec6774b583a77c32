package se.egalleria.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.egalleria.account.application.AccountDeleted;
import se.egalleria.organisation.domain.UnitOrderer;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * A person who deletes their account no longer orders for any unit, and their e-mail address goes
 * with it; the unit's orders stay (they are the unit's, and carry the unit's name and address).
 */
@ApplicationScoped
class OrdererPrivacy {

    @Inject
    private TenantEntityManager tenantEm;

    void forget(@Observes AccountDeleted deleted) {
        tenantEm.current().createNamedQuery(UnitOrderer.OF_ACCOUNT, UnitOrderer.class)
                .setParameter("accountId", deleted.accountId()).getResultStream()
                .forEach(tenantEm.current()::remove);
    }
}
