package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.catalog.domain.ServiceBooking;
import se.egalleria.catalog.domain.ServiceListing;
import se.egalleria.catalog.domain.ServiceSlot;
import se.egalleria.catalog.domain.TripHousehold;
import se.egalleria.ordering.application.Orders;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.tenancy.application.MunicipalityDirectory;

/** Residents book seats in a service's slots, see their coming bookings and cancel them. */
@Stateless
public class ServiceBookings {

    static final int MAX_SEATS_PER_BOOKING = 10;
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private ShopDirectory shops;

    @Inject
    private Orders orders;

    @Inject
    private MunicipalityDirectory municipality;

    /**
     * Books seats for the signed-in person. The seats are taken by one conditional UPDATE, so
     * however many book the last seat at once, only as many succeed as there are seats. A hidden
     * service, or one of a shop that is not open, takes no new bookings.
     */
    public BookingSummary book(long slotId, Integer seats) {
        return book(slotId, seats, null);
    }

    /**
     * Books seats as above; a booking of a shopping trip also records the household that travels (for
     * the subsidy reports): the address given, else the address of the booker's latest order, else
     * none (the trip is then reported as not claimable). Other services ignore the address.
     */
    public BookingSummary book(long slotId, Integer seats, TripAddress address) {
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
        TripHousehold household = service.isShoppingTrip() ? household(caller, address) : null;
        int taken = em.createNamedQuery(ServiceSlot.TAKE_SEATS).setParameter("seats", wanted)
                .setParameter("id", slotId).executeUpdate();
        if (taken == 0) {
            throw new ConflictException("error.slot.full");
        }
        ServiceBooking booking = new ServiceBooking(slotId, caller.id(), wanted, household);
        em.persist(booking);
        em.flush();
        return new BookingSummary(booking.id(), slotId, slot.serviceId(), service.name(), slot.startsAt(), wanted,
                ServiceMapping.household(booking));
    }

    private TripHousehold household(CallerIdentity caller, TripAddress address) {
        if (address != null && !address.isEmpty()) {
            String street = Inputs.required("street", address.street(), 200);
            String postalCode = Inputs.required("postalCode", address.postalCode(), 10).replace(" ", "");
            if (!POSTAL_CODE.matcher(postalCode).matches()) {
                throw new InvalidInputException("postalCode", "error.checkout.postalCode");
            }
            if (address.villageId() == null || municipality.current().villages().stream()
                    .noneMatch(v -> v.id() == address.villageId())) {
                throw new InvalidInputException("villageId", "error.checkout.village");
            }
            String name = Inputs.optional("name", address.name(), 120);
            return new TripHousehold(name.isEmpty() ? caller.displayName() : name, street, postalCode,
                    address.villageId());
        }
        return orders.latestAddressOfCaller()
                .map(o -> new TripHousehold(o.name(), o.street(), o.postalCode(), o.villageId())).orElse(null);
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
