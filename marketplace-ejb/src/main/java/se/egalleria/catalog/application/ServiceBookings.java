package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.catalog.domain.ServiceBooking;
import se.egalleria.catalog.domain.ServiceListing;
import se.egalleria.catalog.domain.ServiceSlot;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;

/** Residents book seats in a service's slots, see their coming bookings and cancel them. */
@Stateless
public class ServiceBookings {

    static final int MAX_SEATS_PER_BOOKING = 10;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private ShopDirectory shops;

    /**
     * Books seats for the signed-in person. The seats are taken by one conditional UPDATE, so
     * however many book the last seat at once, only as many succeed as there are seats. A hidden
     * service, or one of a shop that is not open, takes no new bookings.
     */
    public BookingSummary book(long slotId, Integer seats) {
        CallerIdentity caller = access.requireAccount();
        int wanted = seats == null ? 1 : seats;
        if (wanted < 1 || wanted > MAX_SEATS_PER_BOOKING) {
            throw new InvalidInputException("seats", "error.slot.seats", MAX_SEATS_PER_BOOKING);
        }
        EntityManager em = tenantEm.current();
        ServiceSlot slot = ServiceMapping.slotOf(em, slotId);
        ServiceListing service = ServiceMapping.existing(em, slot.serviceId());
        if (!service.isVisible() || !shops.isOpen(service.shopId())) {
            throw new NotFoundException("error.slot.notFound", slotId);
        }
        if (slot.isPast(Instant.now())) {
            throw new ConflictException("error.slot.past");
        }
        int taken = em.createNamedQuery(ServiceSlot.TAKE_SEATS).setParameter("seats", wanted)
                .setParameter("id", slotId).executeUpdate();
        if (taken == 0) {
            throw new ConflictException("error.slot.full");
        }
        ServiceBooking booking = new ServiceBooking(slotId, caller.id(), wanted);
        em.persist(booking);
        em.flush();
        return new BookingSummary(booking.id(), slotId, slot.serviceId(), service.name(), slot.startsAt(), wanted);
    }

    /** The signed-in person's bookings still to come, soonest first. */
    public List<BookingSummary> upcomingOfCaller() {
        CallerIdentity caller = access.requireAccount();
        return ServiceMapping.bookingsOf(tenantEm.current(), caller.id(), Instant.now(), 100);
    }

    /**
     * Cancels the caller's own booking of an occasion still to come and gives its seats back.
     * Someone else's booking is not found. The booking row is deleted first and its count
     * decides, so two cancellations of one booking at once free its seats only once.
     */
    public void cancel(long bookingId) {
        CallerIdentity caller = access.requireAccount();
        EntityManager em = tenantEm.current();
        ServiceBooking booking = em.find(ServiceBooking.class, bookingId);
        if (booking == null || booking.accountId() != caller.id()) {
            throw new NotFoundException("error.booking.notFound", bookingId);
        }
        ServiceSlot slot = ServiceMapping.slotOf(em, booking.slotId());
        if (slot.isPast(Instant.now())) {
            throw new ConflictException("error.booking.past");
        }
        em.detach(booking);
        if (em.createNamedQuery(ServiceBooking.REMOVE).setParameter("id", bookingId).executeUpdate() == 0) {
            throw new NotFoundException("error.booking.notFound", bookingId);
        }
        em.createNamedQuery(ServiceSlot.FREE_SEATS).setParameter("seats", booking.seats())
                .setParameter("id", booking.slotId()).executeUpdate();
    }
}
