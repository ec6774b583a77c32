package se.egalleria.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import se.egalleria.account.application.PersonalDataSource;
import se.egalleria.shared.persistence.TenantEntityManager;

/** A person's service bookings, past and coming, in the download of their data. */
@ApplicationScoped
class BookingsKept implements PersonalDataSource {

    /** Far more than a person books; the download stays bounded all the same. */
    private static final int MAX = 10_000;

    @Inject
    private TenantEntityManager tenantEm;

    @Override
    public String section() {
        return "serviceBookings";
    }

    @Override
    public List<BookingSummary> keptAbout(long accountId) {
        return ServiceMapping.bookingsOf(tenantEm.current(), accountId, Instant.EPOCH, MAX);
    }
}
