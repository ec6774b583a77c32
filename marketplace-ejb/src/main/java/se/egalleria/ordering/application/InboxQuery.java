package se.egalleria.ordering.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import se.egalleria.ordering.domain.OrderStatus;
import se.egalleria.shared.PageRequest;

/**
 * One page of a shop's inbox: new orders first, then the others, each part by route day, newest
 * first. The two parts are read separately, each in the order of the index
 * {@code (tenant_id, shop_id, status, delivery_date, placed_at DESC, id DESC)} or
 * {@code (tenant_id, shop_id, delivery_date, placed_at DESC, id DESC)}, because one query sorting
 * new orders first would have to sort all of the shop's orders for every page; the counts are
 * counted inside the first index.
 */
final class InboxQuery {

    /** Orders the shop does not see in its inbox: an organisation's order awaiting approval. */
    private static final OrderStatus NOT_IN_INBOX = OrderStatus.AWAITING_APPROVAL;

    /** What the second part leaves out: the new orders (the first part) and those not in the inbox. */
    private static final List<OrderStatus> NOT_IN_SECOND_PART = List.of(OrderStatus.NEW, OrderStatus.AWAITING_APPROVAL);

    private static final String ORDER = " ORDER BY o.deliveryDate, o.placedAt DESC, o.id DESC";

    private final EntityManager em;
    private final long shopId;
    private final InboxFilter filter;

    InboxQuery(EntityManager em, long shopId, InboxFilter filter) {
        this.em = em;
        this.shopId = shopId;
        this.filter = filter;
    }

    record Result(List<OrderListRow> orders, long total) {
    }

    /** The page among orders of one status, or of any status the inbox shows when null. */
    Result page(OrderStatus status, PageRequest page) {
        if (status != null) {
            return status == NOT_IN_INBOX ? new Result(List.of(), 0) : part(" = :status", status, page.offset(),
                    page.size());
        }
        // Both parts counted in one pass over the shop's entries of the status index, by status.
        long newCount = 0;
        long restCount = 0;
        for (Object[] row : bind(em.createQuery("SELECT o.status, COUNT(o)" + where(" <> :status")
                + " GROUP BY o.status", Object[].class), NOT_IN_INBOX).getResultList()) {
            if (row[0] == OrderStatus.NEW) {
                newCount = (Long) row[1];
            } else {
                restCount += (Long) row[1];
            }
        }
        List<OrderListRow> orders = new ArrayList<>();
        if (page.offset() < newCount) {
            orders.addAll(read(" = :status", OrderStatus.NEW, page.offset(), page.size()));
        }
        int stillWanted = page.size() - orders.size();
        long restOffset = Math.max(0, page.offset() - newCount);
        if (stillWanted > 0 && restOffset < restCount) {
            orders.addAll(read(" NOT IN :status", NOT_IN_SECOND_PART, (int) restOffset, stillWanted));
        }
        return new Result(orders, newCount + restCount);
    }

    private Result part(String statusCondition, Object status, int offset, int size) {
        long total = count(statusCondition, status);
        return new Result(total <= offset ? List.of() : read(statusCondition, status, offset, size), total);
    }

    private long count(String statusCondition, Object status) {
        return bind(em.createQuery("SELECT COUNT(o)" + where(statusCondition), Long.class), status).getSingleResult();
    }

    private List<OrderListRow> read(String statusCondition, Object status, int offset, int size) {
        return bind(em.createQuery(OrderListRow.SELECT + where(statusCondition) + ORDER, OrderListRow.class), status)
                .setFirstResult(offset).setMaxResults(size).getResultList();
    }

    private String where(String statusCondition) {
        return " FROM CustomerOrder o WHERE o.shopId = :shopId AND o.status" + statusCondition
                + (filter.date() == null ? "" : " AND o.deliveryDate = :date")
                + (filter.villageId() == null ? "" : " AND o.address.villageId = :village");
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, Object status) {
        query.setParameter("shopId", shopId).setParameter("status", status);
        if (filter.date() != null) {
            query.setParameter("date", filter.date());
        }
        if (filter.villageId() != null) {
            query.setParameter("village", filter.villageId());
        }
        return query;
    }
}
