package se.egalleria.statistics.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.egalleria.ordering.domain.OrderStatus;

/**
 * The grouped counts the statistics are made of. Each is one query over a time range that the
 * indexes {@code (tenant_id, status, delivered_at)} and {@code (tenant_id, status,
 * status_changed_at)} serve; the tenant condition comes from the entity manager. Only home
 * deliveries can reach DELIVERED, so the status alone picks them.
 */
final class OrderCounts {

    /** Delivered home deliveries of a shop by one carrier (null: none recorded). */
    record ShopCarrierCount(long shopId, Long carrierId, long deliveries) {
    }

    /** Delivered home deliveries to one address as stored on the orders. */
    record AddressCount(String street, String postalCode, long villageId, long deliveries) {
    }

    /** Picked-up pickup orders of a shop. */
    record ShopCount(long shopId, long pickups) {
    }

    /** An approval period of a household in the subsidy register: first and last day (null: open). */
    record Approval(String household, LocalDate validFrom, LocalDate validUntil) {
    }

    private final EntityManager em;

    OrderCounts(EntityManager em) {
        this.em = em;
    }

    List<ShopCarrierCount> deliveredByShopAndCarrier(Instant from, Instant to) {
        return em.createQuery("SELECT o.shopId, o.carrierId, COUNT(o) FROM CustomerOrder o WHERE o.status = :status"
                        + " AND o.deliveredAt >= :from AND o.deliveredAt < :to GROUP BY o.shopId, o.carrierId",
                        Object[].class)
                .setParameter("status", OrderStatus.DELIVERED).setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .map(r -> new ShopCarrierCount((Long) r[0], (Long) r[1], (Long) r[2])).toList();
    }

    List<AddressCount> deliveredByAddress(Instant from, Instant to) {
        return em.createQuery("SELECT o.address.street, o.address.postalCode, o.address.villageId, COUNT(o)"
                        + " FROM CustomerOrder o WHERE o.status = :status AND o.deliveredAt >= :from"
                        + " AND o.deliveredAt < :to GROUP BY o.address.street, o.address.postalCode,"
                        + " o.address.villageId", Object[].class)
                .setParameter("status", OrderStatus.DELIVERED).setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .map(r -> new AddressCount((String) r[0], (String) r[1], (Long) r[2], (Long) r[3])).toList();
    }

    /** A pickup order's last step is the pickup, so its status time is when it was picked up. */
    List<ShopCount> pickedUpByShop(Instant from, Instant to) {
        return em.createQuery("SELECT o.shopId, COUNT(o) FROM CustomerOrder o WHERE o.status = :status"
                        + " AND o.statusChangedAt >= :from AND o.statusChangedAt < :to GROUP BY o.shopId",
                        Object[].class)
                .setParameter("status", OrderStatus.PICKED_UP).setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .map(r -> new ShopCount((Long) r[0], (Long) r[1])).toList();
    }

    /** The register is a few rows per approved household: small next to the orders. */
    List<Approval> approvals() {
        return em.createQuery("SELECT a.household, a.validFrom, a.validUntil FROM SubsidyApproval a", Object[].class)
                .getResultStream()
                .map(r -> new Approval((String) r[0], (LocalDate) r[1], (LocalDate) r[2])).toList();
    }
}
