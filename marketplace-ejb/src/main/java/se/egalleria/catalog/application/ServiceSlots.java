package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.egalleria.account.application.Access;
import se.egalleria.catalog.domain.BookingMode;
import se.egalleria.catalog.domain.ServiceListing;
import se.egalleria.catalog.domain.ServiceSlot;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * The shop's side of a service's slots: one occasion, a weekly series, a change of seats, and
 * taking away an occasion nobody has booked. Only occasions still to come can be added.
 */
@Stateless
public class ServiceSlots {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    /** Adds one bookable occasion to a service with booking by slots. */
    public SlotSummary add(long serviceId, Instant startsAt, Integer capacity) {
        bookable(serviceId);
        if (startsAt == null) {
            throw new InvalidInputException("startsAt", "error.input.required");
        }
        if (!startsAt.isAfter(Instant.now())) {
            throw new InvalidInputException("startsAt", "error.slot.inPast");
        }
        ServiceSlot slot = new ServiceSlot(serviceId, startsAt, capacity(capacity));
        EntityManager em = tenantEm.current();
        em.persist(slot);
        em.flush();
        return ServiceMapping.slot(slot);
    }

    /**
     * Adds a weekly series ("every Friday 10:00, 8 seats, six weeks") in one go. Weeks that
     * already have a slot at that moment keep it, so sending a series again extends it instead of
     * doubling it. Returns the slots added.
     */
    public List<SlotSummary> addWeekly(long serviceId, WeeklySlotsInput input) {
        bookable(serviceId);
        WeeklySeries series = WeeklySeries.check(input, LocalDate.now(WeeklySeries.SWEDEN));
        List<Instant> starts = series.starts(Instant.now());
        EntityManager em = tenantEm.current();
        Set<Instant> taken = new HashSet<>();
        em.createNamedQuery(ServiceSlot.UPCOMING_OF_SERVICE, ServiceSlot.class).setParameter("serviceId", serviceId)
                .setParameter("from", starts.get(0)).getResultStream().forEach(slot -> taken.add(slot.startsAt()));
        List<ServiceSlot> added = starts.stream().filter(start -> !taken.contains(start))
                .map(start -> new ServiceSlot(serviceId, start, series.capacity())).toList();
        added.forEach(em::persist);
        em.flush();
        return added.stream().map(ServiceMapping::slot).toList();
    }

    /** The service's coming slots for its staff, hidden service or not. */
    public List<SlotSummary> upcoming(long serviceId) {
        ServiceMapping.managed(tenantEm.current(), access, serviceId);
        return tenantEm.current().createNamedQuery(ServiceSlot.UPCOMING_OF_SERVICE, ServiceSlot.class)
                .setParameter("serviceId", serviceId).setParameter("from", Instant.now()).setMaxResults(100)
                .getResultStream().map(ServiceMapping::slot).toList();
    }

    /** Changes the seats of a slot; never below the seats already booked (409). */
    public SlotSummary changeCapacity(long slotId, Integer capacity) {
        EntityManager em = tenantEm.current();
        ServiceSlot slot = managedSlot(em, slotId);
        int seats = capacity(capacity);
        int changed = em.createNamedQuery(ServiceSlot.CHANGE_CAPACITY).setParameter("capacity", seats)
                .setParameter("id", slotId).executeUpdate();
        em.refresh(slot);
        if (changed == 0) {
            throw new ConflictException("error.slot.belowBooked", slot.booked());
        }
        return ServiceMapping.slot(slot);
    }

    /** Takes away an occasion nobody has booked (409 once someone has). */
    public void remove(long slotId) {
        EntityManager em = tenantEm.current();
        managedSlot(em, slotId);
        if (em.createNamedQuery(ServiceSlot.REMOVE_UNBOOKED).setParameter("id", slotId).executeUpdate() == 0) {
            throw new ConflictException("error.slot.hasBookings");
        }
    }

    private ServiceSlot managedSlot(EntityManager em, long slotId) {
        ServiceSlot slot = ServiceMapping.slotOf(em, slotId);
        ServiceMapping.managed(em, access, slot.serviceId());
        return slot;
    }

    private void bookable(long serviceId) {
        ServiceListing service = ServiceMapping.managed(tenantEm.current(), access, serviceId);
        if (service.booking() != BookingMode.SLOTS) {
            throw new InvalidInputException("serviceId", "error.service.notBookable");
        }
    }

    private static int capacity(Integer capacity) {
        if (capacity == null || capacity < 1 || capacity > ServiceSlot.MAX_CAPACITY) {
            throw new InvalidInputException("capacity", "error.slot.capacity");
        }
        return capacity;
    }
}
