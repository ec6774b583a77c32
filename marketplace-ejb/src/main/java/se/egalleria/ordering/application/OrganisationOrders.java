package se.egalleria.ordering.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import se.egalleria.account.application.Access;
import se.egalleria.ordering.domain.CustomerOrder;
import se.egalleria.ordering.domain.OrderStatus;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * The orders of municipal units (organisation customers), as the organisation area reads them:
 * what a unit spent with each shop in a Swedish month, the lines to invoice, and the orders
 * waiting for the municipality's approval. Callers check who may read which unit; each list is
 * one query served by {@code customer_order(tenant_id, organisation_unit_id, shop_id, placed_at)}.
 */
@Stateless
public class OrganisationOrders {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private OrderViews views;

    @Inject
    private Access access;

    /** Spent with one shop in the month: every order not rejected, also those awaiting approval. */
    public long spentOre(long unitId, long shopId, YearMonth month) {
        Long sum = tenantEm.current().createQuery("SELECT SUM(o.totalOre) FROM CustomerOrder o WHERE"
                        + " o.organisationUnitId = :unit AND o.shopId = :shop AND o.placedAt >= :from"
                        + " AND o.placedAt < :to AND o.status <> :rejected", Long.class)
                .setParameter("unit", unitId).setParameter("shop", shopId)
                .setParameter("from", start(month)).setParameter("to", start(month.plusMonths(1)))
                .setParameter("rejected", OrderStatus.REJECTED).getSingleResult();
        return sum == null ? 0 : sum;
    }

    /** Spent per shop id in the month, as {@link #spentOre} counts it, in one grouped query. */
    public Map<Long, Long> spentByShop(long unitId, YearMonth month) {
        return tenantEm.current().createQuery("SELECT o.shopId, SUM(o.totalOre) FROM CustomerOrder o WHERE"
                        + " o.organisationUnitId = :unit AND o.placedAt >= :from AND o.placedAt < :to"
                        + " AND o.status <> :rejected GROUP BY o.shopId", Object[].class)
                .setParameter("unit", unitId).setParameter("from", start(month))
                .setParameter("to", start(month.plusMonths(1))).setParameter("rejected", OrderStatus.REJECTED)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
    }

    /** The month's orders to invoice (placed in the month, approved, not rejected), oldest first, with lines. */
    public List<OrderDetail> toInvoice(long unitId, long shopId, YearMonth month) {
        List<CustomerOrder> orders = tenantEm.current().createQuery("SELECT o FROM CustomerOrder o WHERE"
                        + " o.organisationUnitId = :unit AND o.shopId = :shop AND o.placedAt >= :from"
                        + " AND o.placedAt < :to AND o.status NOT IN :left ORDER BY o.placedAt, o.id",
                        CustomerOrder.class)
                .setParameter("unit", unitId).setParameter("shop", shopId)
                .setParameter("from", start(month)).setParameter("to", start(month.plusMonths(1)))
                .setParameter("left", List.of(OrderStatus.REJECTED, OrderStatus.AWAITING_APPROVAL))
                .setHint(QueryHints.BATCH, "o.lines").getResultList();
        return views.details(orders);
    }

    /** Orders above a limit that wait for the municipality, oldest first (administrators). */
    public Page<OrderSummary> awaitingApproval(PageRequest page) {
        access.requireAdministrator();
        EntityManager em = tenantEm.current();
        long total = em.createQuery("SELECT COUNT(o) FROM CustomerOrder o WHERE o.status = :awaiting", Long.class)
                .setParameter("awaiting", OrderStatus.AWAITING_APPROVAL).getSingleResult();
        List<OrderListRow> orders = total <= page.offset() ? List.of()
                : em.createQuery(OrderListRow.SELECT + " FROM CustomerOrder o WHERE o.status = :awaiting"
                        + " ORDER BY o.placedAt, o.id", OrderListRow.class)
                        .setParameter("awaiting", OrderStatus.AWAITING_APPROVAL)
                        .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(views.summaries(orders), page.page(), page.size(), total);
    }

    /** The first moment of a month in Swedish time. */
    static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(SWEDEN).toInstant();
    }
}
