package se.egalleria.administration.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.egalleria.account.application.Access;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopNotFoundException;
import se.egalleria.shop.domain.ShopStatus;

/**
 * The municipality's shops as its administrators see them, one page at a time: every status, with
 * products, services, orders in all and in the last 30 days. Per page: a count, the page (village
 * joined in) and one grouped query each for products, services, orders and recent orders of the
 * page's shops (the orders are counted twice rather than by SUM(CASE ...), which H2 cannot type
 * when EclipseLink binds the literals as parameters).
 */
@Stateless
public class ShopOverview {

    static final Duration RECENT = Duration.ofDays(30);

    private static final String LINE = "SELECT s.id, s.name, v.name, s.email, s.phone, s.status"
            + " FROM Shop s, Village v WHERE v.id = s.villageId";

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    /**
     * All shops, or those of one status (AWAITING_APPROVAL, APPROVED, SUSPENDED) and with a name
     * containing the given text, sorted by name.
     */
    public Page<ShopOverviewLine> list(String status, String name, PageRequest request) {
        access.requireAdministrator();
        ShopStatus wanted = status == null || status.isBlank() ? null : Inputs.oneOf(ShopStatus.class, "status", status);
        String part = Inputs.optional("name", name, 120);
        EntityManager em = tenantEm.current();
        String filter = (wanted == null ? "" : " AND s.status = :status")
                + (part.isEmpty() ? "" : " AND s.name LIKE :name ESCAPE '!'");
        long total = filtered(em.createQuery("SELECT COUNT(s) FROM Shop s, Village v WHERE v.id = s.villageId"
                + filter, Long.class), wanted, part).getSingleResult();
        if (total <= request.offset()) {
            return new Page<>(List.of(), request.page(), request.size(), total);
        }
        List<Object[]> rows = filtered(em.createQuery(LINE + filter + " ORDER BY s.name, s.id", Object[].class),
                wanted, part).setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(lines(em, rows), request.page(), request.size(), total);
    }

    /** One shop's line. */
    public ShopOverviewLine get(long shopId) {
        EntityManager em = tenantEm.current();
        List<Object[]> rows = em.createQuery(LINE + " AND s.id = :id", Object[].class).setParameter("id", shopId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new ShopNotFoundException(shopId);
        }
        access.requireAdministrator();
        return lines(em, rows).get(0);
    }

    private static List<ShopOverviewLine> lines(EntityManager em, List<Object[]> rows) {
        List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
        Map<Long, Long> products = counts(em.createQuery("SELECT p.shopId, COUNT(p) FROM Product p"
                + " WHERE p.shopId IN :ids GROUP BY p.shopId", Object[].class).setParameter("ids", ids));
        Map<Long, Long> services = counts(em.createQuery("SELECT l.shopId, COUNT(l) FROM ServiceListing l"
                + " WHERE l.shopId IN :ids GROUP BY l.shopId", Object[].class).setParameter("ids", ids));
        Map<Long, Long> orders = counts(em.createQuery("SELECT o.shopId, COUNT(o) FROM CustomerOrder o"
                + " WHERE o.shopId IN :ids GROUP BY o.shopId", Object[].class).setParameter("ids", ids));
        Map<Long, Long> recent = counts(em.createQuery("SELECT o.shopId, COUNT(o) FROM CustomerOrder o"
                + " WHERE o.shopId IN :ids AND o.placedAt >= :since GROUP BY o.shopId", Object[].class)
                .setParameter("ids", ids).setParameter("since", Instant.now().minus(RECENT)));
        return rows.stream().map(row -> {
            long id = (Long) row[0];
            return new ShopOverviewLine(id, (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    ((ShopStatus) row[5]).name(), products.getOrDefault(id, 0L), services.getOrDefault(id, 0L),
                    orders.getOrDefault(id, 0L), recent.getOrDefault(id, 0L));
        }).toList();
    }

    private static Map<Long, Long> counts(TypedQuery<Object[]> query) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((Long) row[0], number(row[1]));
        }
        return counts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, ShopStatus status, String name) {
        if (status != null) {
            query.setParameter("status", status);
        }
        if (!name.isEmpty()) {
            // Typed % and _ are searched for, not obeyed (the tables' collation ignores case).
            query.setParameter("name", "%" + name.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return query;
    }
}
