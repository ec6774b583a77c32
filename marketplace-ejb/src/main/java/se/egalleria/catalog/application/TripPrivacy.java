package se.egalleria.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.egalleria.account.application.AccountDeleted;
import se.egalleria.catalog.domain.ServiceBooking;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * When a resident deletes their account, their shopping-trip bookings lose the household's name and
 * address; the village stays, so the subsidy report still counts the trip there (as orders do).
 */
@ApplicationScoped
class TripPrivacy {

    @Inject
    private TenantEntityManager tenantEm;

    void forget(@Observes AccountDeleted deleted) {
        tenantEm.current().createNamedQuery(ServiceBooking.TRIPS_OF_ACCOUNT, ServiceBooking.class)
                .setParameter("accountId", deleted.accountId()).getResultStream()
                .forEach(ServiceBooking::forgetHousehold);
    }
}
