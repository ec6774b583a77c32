package se.egalleria.statistics.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import se.egalleria.ordering.domain.DeliveryMethod;
import se.egalleria.ordering.domain.OrderStatus;

/**
 * The grouped counts behind the order and sales figures, each one query over the orders placed in
 * a time range: the index {@code (tenant_id, placed_at, status, shop_id, delivery_method)} (V19)
 * finds them, the order lines are reached by {@code (order_id, line_number)}. The tenant condition
 * comes from the entity manager.
 */
final class SalesCounts {

    /** A shop's orders placed in the range, their goods including VAT and the VAT, in öre. */
    record ShopSum(long shopId, long orders, long salesOre, long vatOre) {
    }

    /** Orders placed in the range that go one way to the resident. */
    record MethodCount(DeliveryMethod method, long orders) {
    }

    private final EntityManager em;

    SalesCounts(EntityManager em) {
        this.em = em;
    }

    List<ShopSum> placedByShop(Instant from, Instant to) {
        return em.createQuery("SELECT o.shopId, COUNT(DISTINCT o), SUM(l.lineTotalOre), SUM(l.vatOre)"
                        + " FROM OrderLine l JOIN l.order o WHERE o.placedAt >= :from AND o.placedAt < :to"
                        + " AND o.status <> :rejected GROUP BY o.shopId", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("rejected", OrderStatus.REJECTED)
                .getResultStream()
                .map(r -> new ShopSum((Long) r[0], number(r[1]), number(r[2]), number(r[3]))).toList();
    }

    List<MethodCount> placedByMethod(Instant from, Instant to) {
        return em.createQuery("SELECT o.deliveryMethod, COUNT(o) FROM CustomerOrder o WHERE o.placedAt >= :from"
                        + " AND o.placedAt < :to AND o.status <> :rejected GROUP BY o.deliveryMethod", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("rejected", OrderStatus.REJECTED)
                .getResultStream()
                .map(r -> new MethodCount((DeliveryMethod) r[0], number(r[1]))).toList();
    }

    /** SUM comes back as Long or BigDecimal depending on the database: both are whole numbers here. */
    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
