package se.egalleria.ordering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.egalleria.account.application.AccountDeleted;
import se.egalleria.ordering.domain.CustomerOrder;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * When a resident deletes their account, their finished orders lose name, contact details and
 * street address (amounts, items, village and dates stay for the shop's books and the subsidy
 * report). Orders still on their way keep them, so that they can be delivered.
 */
@ApplicationScoped
class OrderPrivacy {

    @Inject
    private TenantEntityManager tenantEm;

    void anonymise(@Observes AccountDeleted deleted) {
        tenantEm.current().createQuery("SELECT o FROM CustomerOrder o WHERE o.accountId = :account",
                        CustomerOrder.class)
                .setParameter("account", deleted.accountId()).getResultStream()
                .filter(CustomerOrder::isClosedForPrivacy)
                .forEach(CustomerOrder::anonymise);
    }
}
