package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import se.egalleria.account.application.Access;
import se.egalleria.catalog.domain.ServiceBooking;
import se.egalleria.catalog.domain.ServiceKind;
import se.egalleria.catalog.domain.ServiceListing;
import se.egalleria.catalog.domain.ServiceSlot;
import se.egalleria.catalog.domain.TripHousehold;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * Bookings of shopping trips (the shopping bus, services marked as organised trips) for the subsidy
 * reports. A trip counts once it has taken place: its slot started before now. Cancelled bookings
 * are gone (cancelling deletes them, and only before the start), so what is left is who travelled.
 */
@Stateless
public class TripBookings {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    /**
     * Every trip booking of the municipality whose occasion started in [from, to) and before now, in
     * the order they ran. The caller (the subsidy reports) has checked who may read what it builds.
     */
    public List<TripBooking> takenPlace(Instant from, Instant to) {
        access.requireAccount();
        Instant now = Instant.now();
        Instant until = to.isAfter(now) ? now : to;
        if (!from.isBefore(until)) {
            return List.of();
        }
        return tenantEm.current().createNamedQuery(ServiceBooking.TRIPS_STARTING, Object[].class)
                .setParameter("from", from).setParameter("to", until).setParameter("bus", ServiceKind.SHOPPING_BUS)
                .getResultStream().map(row -> {
                    ServiceBooking b = (ServiceBooking) row[0];
                    ServiceSlot s = (ServiceSlot) row[1];
                    ServiceListing l = (ServiceListing) row[2];
                    TripHousehold h = b.household().orElse(null);
                    return new TripBooking(b.id(), l.shopId(), l.id(), l.name(), s.id(), s.startsAt(), b.seats(),
                            h == null ? null : h.name(), h == null ? null : h.street(),
                            h == null ? null : h.postalCode(), h == null ? null : h.villageId());
                }).toList();
    }
}
