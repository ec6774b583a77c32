package se.egalleria.ordering.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.Caller;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.ordering.domain.Checkout;
import se.egalleria.ordering.domain.CustomerOrder;
import se.egalleria.ordering.domain.OrderNumber;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * Placed orders as residents and shops follow them. An order opens for its follow token (the
 * link in the e-mail), for the resident who placed it, and for its shop's staff; to anyone else
 * it does not exist.
 */
@Stateless
public class Orders {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private OrderViews views;

    @Inject
    private Caller caller;

    @Inject
    private Access access;

    /** The orders of one checkout, for its confirmation page. */
    public CheckoutResult checkout(long checkoutId, String followToken) {
        Checkout checkout = tenantEm.current().find(Checkout.class, checkoutId);
        if (checkout == null || !checkout.opensWith(followToken)) {
            throw new NotFoundException("error.order.notFound");
        }
        return views.result(checkout, false);
    }

    public OrderDetail get(String number, String followToken) {
        return views.details(List.of(openable(number, followToken))).get(0);
    }

    /** The signed-in resident's orders, newest first. */
    public Page<OrderSummary> mine(PageRequest page) {
        CallerIdentity me = access.requireAccount();
        return page("o.accountId = :owner", "owner", me.id(), page);
    }

    /** A shop's orders, newest first, for its staff. */
    public Page<OrderSummary> ofShop(long shopId, PageRequest page) {
        access.requireShopManager(shopId);
        return page("o.shopId = :shopId", "shopId", shopId, page);
    }

    /** The lines of an order the caller may open (product id → quantity), for ordering again. */
    public List<OrderLineView> linesToRepeat(String number, String followToken) {
        return get(number, followToken).lines();
    }

    private Page<OrderSummary> page(String condition, String parameter, long value, PageRequest page) {
        EntityManager em = tenantEm.current();
        long total = em.createQuery("SELECT COUNT(o) FROM CustomerOrder o WHERE " + condition, Long.class)
                .setParameter(parameter, value).getSingleResult();
        List<CustomerOrder> orders = total <= page.offset() ? List.of()
                : em.createQuery("SELECT o FROM CustomerOrder o WHERE " + condition
                        + " ORDER BY o.placedAt DESC, o.id DESC", CustomerOrder.class)
                        .setParameter(parameter, value)
                        .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(views.summaries(orders), page.page(), page.size(), total);
    }

    private CustomerOrder openable(String number, String followToken) {
        Optional<Long> id = OrderNumber.parse(number);
        EntityManager em = tenantEm.current();
        CustomerOrder order = id.map(i -> em.find(CustomerOrder.class, i)).orElse(null);
        if (order == null || !mayOpen(order, followToken)) {
            throw new NotFoundException("error.order.notFound");
        }
        return order;
    }

    private boolean mayOpen(CustomerOrder order, String followToken) {
        if (followToken != null && tenantEm.current().find(Checkout.class, order.checkoutId()).opensWith(followToken)) {
            return true;
        }
        Optional<CallerIdentity> me = caller.identity();
        return me.isPresent() && (order.accountId() != null && !me.get().isOperator()
                && order.accountId() == me.get().id() || access.mayManageShop(order.shopId()));
    }
}
