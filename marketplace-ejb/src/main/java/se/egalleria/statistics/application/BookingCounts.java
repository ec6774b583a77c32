package se.egalleria.statistics.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The grouped counts behind the booking figures: bookings made in a time range, found by the index
 * {@code (tenant_id, created_at, slot_id)} (V19), grouped by the service of their slot (the slot by
 * its primary key). The tenant condition comes from the entity manager.
 */
final class BookingCounts {

    /** One service's bookings made in the range and the seats they hold. */
    record ServiceCount(long serviceId, long bookings, long seats) {
    }

    /** A service's name and shop. */
    record Service(long id, String name, long shopId) {
    }

    private final EntityManager em;

    BookingCounts(EntityManager em) {
        this.em = em;
    }

    List<ServiceCount> madeByService(Instant from, Instant to) {
        return em.createQuery("SELECT s.serviceId, COUNT(b), SUM(b.seats) FROM ServiceBooking b, ServiceSlot s"
                        + " WHERE s.id = b.slotId AND b.createdAt >= :from AND b.createdAt < :to GROUP BY s.serviceId",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .map(r -> new ServiceCount((Long) r[0], SalesCounts.number(r[1]), SalesCounts.number(r[2]))).toList();
    }

    /** The booked services, in one query by their ids. */
    List<Service> services(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l.id, l.name, l.shopId FROM ServiceListing l WHERE l.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .map(r -> new Service((Long) r[0], (String) r[1], (Long) r[2])).toList();
    }
}
