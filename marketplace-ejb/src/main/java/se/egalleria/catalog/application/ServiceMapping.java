package se.egalleria.catalog.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import se.egalleria.account.application.Access;
import se.egalleria.catalog.domain.ServiceBooking;
import se.egalleria.catalog.domain.ServiceListing;
import se.egalleria.catalog.domain.ServiceSlot;
import se.egalleria.shared.NotFoundException;

/** Service entities to summaries, and the look-ups the service classes share. */
final class ServiceMapping {

    private ServiceMapping() {
    }

    static ServiceSummary summary(ServiceListing s, String shopName) {
        return new ServiceSummary(s.id(), s.shopId(), shopName, s.name(), s.description(), s.kind().name(),
                s.priceOre(), s.vat() == null ? null : s.vat().percent(), s.priceOre() == null, s.booking().name(),
                s.phone(), s.phoneHours(), s.isVisible(), s.version(), s.isOrganisedTrip(), s.isShoppingTrip());
    }

    static SlotSummary slot(ServiceSlot s) {
        return new SlotSummary(s.id(), s.serviceId(), s.startsAt(), s.capacity(), s.booked(),
                s.capacity() - s.booked());
    }

    /** The service, hidden or not; another municipality's is simply not found. */
    static ServiceListing existing(EntityManager em, long serviceId) {
        ServiceListing service = em.find(ServiceListing.class, serviceId);
        if (service == null) {
            throw new NotFoundException("error.service.notFound", serviceId);
        }
        return service;
    }

    /** The service, if the caller manages its shop. */
    static ServiceListing managed(EntityManager em, Access access, long serviceId) {
        ServiceListing service = existing(em, serviceId);
        access.requireShopManager(service.shopId());
        return service;
    }

    /** An account's bookings of occasions after {@code from}, soonest first, at most {@code max}. */
    static List<BookingSummary> bookingsOf(EntityManager em, long accountId, Instant from, int max) {
        return em.createNamedQuery(ServiceBooking.UPCOMING_OF_ACCOUNT, Object[].class)
                .setParameter("accountId", accountId).setParameter("from", from).setMaxResults(max)
                .getResultStream().map(row -> {
                    ServiceBooking b = (ServiceBooking) row[0];
                    ServiceSlot s = (ServiceSlot) row[1];
                    return new BookingSummary(b.id(), s.id(), s.serviceId(), ((ServiceListing) row[2]).name(),
                            s.startsAt(), b.seats(), household(b));
                }).toList();
    }

    static BookingSummary.BookedHousehold household(ServiceBooking b) {
        return b.household().map(h -> new BookingSummary.BookedHousehold(h.name(), h.street(), h.postalCode(),
                h.villageId())).orElse(null);
    }

    static ServiceSlot slotOf(EntityManager em, long slotId) {
        ServiceSlot slot = em.find(ServiceSlot.class, slotId);
        if (slot == null) {
            throw new NotFoundException("error.slot.notFound", slotId);
        }
        return slot;
    }
}
