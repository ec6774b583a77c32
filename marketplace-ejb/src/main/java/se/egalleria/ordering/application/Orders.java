package se.egalleria.ordering.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.Caller;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.domain.Role;
import se.egalleria.ordering.domain.Checkout;
import se.egalleria.ordering.domain.CustomerOrder;
import se.egalleria.ordering.domain.DeliveryMethod;
import se.egalleria.ordering.domain.OrderEvent;
import se.egalleria.ordering.domain.OrderNumber;
import se.egalleria.ordering.domain.OrderStatus;
import se.egalleria.shared.ForbiddenException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.VillageSummary;

/**
 * Placed orders as residents and shops follow them. An order opens for its follow token (the
 * link in the e-mail), for the resident who placed it, and for its shop's staff; to anyone else
 * it does not exist.
 */
@Stateless
public class Orders {

    static final int MAX_STOPS = 500;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private OrderViews views;

    @Inject
    private Caller caller;

    @Inject
    private Access access;

    @Inject
    private ShopDirectory shops;

    @Inject
    private MunicipalityDirectory municipality;

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

    /**
     * The shop's inbox: new orders first, then by route day, newest first; filtered by status,
     * route day and village.
     */
    public Page<OrderSummary> inbox(long shopId, InboxFilter filter, PageRequest page) {
        // Not found before forbidden: another municipality's shop does not exist here at all. The
        // kept names answer almost always; a shop added on another node a moment ago is read.
        if (!shops.namesById().containsKey(shopId)) {
            shops.get(shopId);
        }
        access.requireShopManager(shopId);
        OrderStatus status = filter.status() == null || filter.status().isBlank() ? null
                : Inputs.oneOf(OrderStatus.class, "status", filter.status());
        // An organisation's order waiting for the municipality's approval is not the shop's yet.
        InboxQuery.Result result = new InboxQuery(tenantEm.current(), shopId, filter).page(status, page);
        return new Page<>(views.summaries(result.orders()), page.page(), page.size(), result.total());
    }

    /**
     * A carrier's open deliveries (not yet delivered), by day and village along the way (see
     * {@link AlongTheWay}), with what to collect; at most {@value #MAX_STOPS}, which is more than a
     * route carries in a week.
     */
    public List<CarrierStop> forCarrier(long carrierId) {
        requireCarrier(carrierId);
        List<CustomerOrder> open = tenantEm.current().createQuery("SELECT o FROM CustomerOrder o WHERE"
                        + " o.carrierId = :carrier AND o.status IN :statuses ORDER BY o.deliveryDate, o.id",
                        CustomerOrder.class)
                .setParameter("carrier", carrierId)
                .setParameter("statuses", List.of(OrderStatus.ACCEPTED, OrderStatus.PACKED,
                        OrderStatus.HANDED_TO_CARRIER, OrderStatus.DELIVERY_FAILED))
                .setHint(QueryHints.BATCH, "o.lines")
                .setMaxResults(MAX_STOPS)
                .getResultList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> shopVillages = shops.villageIdsById();
        List<VillageSummary> villages = municipality.current().villages();
        Map<Long, VillageSummary> villagesById = villages.stream()
                .collect(Collectors.toMap(VillageSummary::id, Function.identity()));
        Map<String, VillageSummary> villagesByName = villages.stream()
                .collect(Collectors.toMap(VillageSummary::name, Function.identity()));
        return AlongTheWay.order(views.details(open), o -> {
            VillageSummary from = villagesById.get(shopVillages.get(o.shopId()));
            VillageSummary to = villagesByName.get(o.village());
            return from == null || to == null ? Long.MAX_VALUE : from.metresTo(to);
        }).stream().map(CarrierStop::of).toList();
    }

    /**
     * The carrier's handovers of deliveries due since the given day (whatever became of them since),
     * oldest first, for its run records; at most {@value #MAX_STOPS}.
     */
    public List<Handover> handoversSince(long carrierId, LocalDate from) {
        requireCarrier(carrierId);
        return handovers(tenantEm.current().createQuery("SELECT e FROM OrderEvent e WHERE e.carrierId = :carrier"
                        + " AND e.status = :handed AND e.orderId IN (SELECT o.id FROM CustomerOrder o"
                        + " WHERE o.deliveryDate >= :from) ORDER BY e.happenedAt, e.id", OrderEvent.class)
                .setParameter("carrier", carrierId).setParameter("handed", OrderStatus.HANDED_TO_CARRIER)
                .setParameter("from", from).setMaxResults(MAX_STOPS).getResultList());
    }

    /**
     * Every handover to the carrier of the given deliveries (by number), oldest first, for its run
     * records: each must be a delivery of this municipality that was handed to this carrier at least
     * once, whoever has it now. The caller's right to act for the carrier is checked by the caller.
     */
    public List<Handover> handoversTo(long carrierId, Collection<String> numbers) {
        List<Long> ids = new ArrayList<>();
        for (String number : numbers) {
            ids.add(OrderNumber.parse(number).orElseThrow(() -> new InvalidInputException("orders",
                    "error.run.unknownOrder", number)));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        EntityManager em = tenantEm.current();
        List<Long> found = em.createQuery("SELECT o.id FROM CustomerOrder o WHERE o.id IN :ids", Long.class)
                .setParameter("ids", ids).getResultList();
        for (Long id : ids) {
            if (!found.contains(id)) {
                throw new InvalidInputException("orders", "error.run.unknownOrder", OrderNumber.of(id));
            }
        }
        List<Handover> handovers = handovers(em.createQuery("SELECT e FROM OrderEvent e WHERE e.orderId IN :ids"
                        + " AND e.carrierId = :carrier AND e.status = :handed ORDER BY e.happenedAt, e.id",
                        OrderEvent.class)
                .setParameter("ids", ids).setParameter("carrier", carrierId)
                .setParameter("handed", OrderStatus.HANDED_TO_CARRIER).getResultList());
        Set<String> carried = handovers.stream().map(h -> h.order().number()).collect(Collectors.toSet());
        for (Long id : ids) {
            if (!carried.contains(OrderNumber.of(id))) {
                throw new InvalidInputException("orders", "error.run.notCarried", OrderNumber.of(id));
            }
        }
        return handovers;
    }

    /** Handovers by id (as delivery runs keep them), with their orders as they stand now. */
    public List<Handover> handovers(Collection<Long> handoverIds) {
        if (handoverIds.isEmpty()) {
            return List.of();
        }
        return handovers(tenantEm.current().createQuery("SELECT e FROM OrderEvent e WHERE e.id IN :ids"
                        + " AND e.status = :handed ORDER BY e.happenedAt, e.id", OrderEvent.class)
                .setParameter("ids", handoverIds).setParameter("handed", OrderStatus.HANDED_TO_CARRIER)
                .getResultList());
    }

    private List<Handover> handovers(List<OrderEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<CustomerOrder> orders = tenantEm.current().createQuery("SELECT o FROM CustomerOrder o WHERE o.id IN :ids"
                        + " ORDER BY o.id", CustomerOrder.class)
                .setParameter("ids", events.stream().map(OrderEvent::orderId).distinct().toList())
                .setHint(QueryHints.BATCH, "o.lines").getResultList();
        Map<String, OrderDetail> details = views.details(orders).stream()
                .collect(Collectors.toMap(OrderDetail::number, Function.identity()));
        return events.stream().map(e -> new Handover(e.id(), e.carrierId(), e.happenedAt(),
                details.get(OrderNumber.of(e.orderId())))).toList();
    }

    private void requireCarrier(long carrierId) {
        CallerIdentity me = access.requireAccount();
        if (!me.carrierIds().contains(carrierId) && !me.has(Role.MUNICIPALITY_ADMIN)) {
            throw new ForbiddenException("error.auth.notYourDelivery");
        }
    }

    /**
     * A customer of this shop found by phone number (as typed in any way), with the contact details of
     * their latest order here, so a phone order need not ask for everything again.
     */
    public Optional<KnownCustomer> knownCustomer(long shopId, String phone) {
        access.requireShopManager(shopId);
        String digits = CustomerOrder.phoneDigits(phone);
        if (digits.length() < 5) {
            throw new InvalidInputException("phone", "error.input.phone");
        }
        return tenantEm.current().createQuery("SELECT o FROM CustomerOrder o WHERE o.phoneDigits = :digits"
                        + " AND o.shopId = :shop ORDER BY o.placedAt DESC, o.id DESC", CustomerOrder.class)
                .setParameter("digits", digits).setParameter("shop", shopId).setMaxResults(1).getResultStream()
                .findFirst()
                .map(o -> new KnownCustomer(o.customer().name(), o.customer().email(), o.customer().phone(),
                        o.address().street(), o.address().postalCode(), o.address().villageId()));
    }

    /**
     * The signed-in person's address on their latest order (any shop), e.g. for the household a
     * shopping trip is booked for; empty when they never ordered (or their orders were anonymised).
     */
    public Optional<KnownCustomer> latestAddressOfCaller() {
        CallerIdentity me = access.requireAccount();
        return tenantEm.current().createQuery("SELECT o FROM CustomerOrder o WHERE o.accountId = :account"
                        + " ORDER BY o.placedAt DESC, o.id DESC", CustomerOrder.class)
                .setParameter("account", me.id()).setMaxResults(1).getResultStream().findFirst()
                .filter(o -> o.address().street() != null && !o.address().street().isBlank())
                .map(o -> new KnownCustomer(o.customer().name(), o.customer().email(), o.customer().phone(),
                        o.address().street(), o.address().postalCode(), o.address().villageId()));
    }

    /**
     * Every delivered home delivery of the municipality in the period, whoever made it: the subsidy's
     * weekly limit is per household, across shops and carriers. The caller (the subsidy reports) has
     * checked that the reader may see the report it builds, and shows only that report's lines.
     */
    public List<OrderDetail> deliveredHomeForSubsidy(Instant from, Instant to) {
        access.requireAccount();
        return views.details(tenantEm.current().createQuery("SELECT o FROM CustomerOrder o WHERE"
                        + " o.status = :delivered AND o.deliveryMethod = :home AND o.deliveredAt >= :from"
                        + " AND o.deliveredAt < :to AND o.organisationUnitId IS NULL" // units' orders claim nothing
                        + " ORDER BY o.deliveredAt, o.id", CustomerOrder.class)
                .setParameter("delivered", OrderStatus.DELIVERED).setParameter("home", DeliveryMethod.HOME_DELIVERY)
                .setParameter("from", from).setParameter("to", to)
                .setHint(QueryHints.BATCH, "o.lines")
                .getResultList());
    }

    /** A shop's home deliveries of one route day (not rejected), by village, for printing their notes. */
    public List<OrderDetail> routeDay(long shopId, LocalDate date) {
        access.requireShopManager(shopId);
        List<CustomerOrder> orders = tenantEm.current().createQuery("SELECT o FROM CustomerOrder o WHERE"
                        + " o.shopId = :shopId AND o.deliveryDate = :date AND o.status NOT IN :left"
                        + " ORDER BY o.address.villageId, o.id", CustomerOrder.class)
                .setParameter("shopId", shopId).setParameter("date", date)
                .setParameter("left", List.of(OrderStatus.REJECTED, OrderStatus.AWAITING_APPROVAL))
                .setHint(QueryHints.BATCH, "o.lines")
                .getResultList();
        return views.details(orders);
    }

    /** The lines of an order the caller may open (product id → quantity), for ordering again. */
    public List<OrderLineView> linesToRepeat(String number, String followToken) {
        return get(number, followToken).lines();
    }

    private Page<OrderSummary> page(String condition, String parameter, long value, PageRequest page) {
        EntityManager em = tenantEm.current();
        long total = em.createQuery("SELECT COUNT(o) FROM CustomerOrder o WHERE " + condition, Long.class)
                .setParameter(parameter, value).getSingleResult();
        List<OrderListRow> orders = total <= page.offset() ? List.of()
                : em.createQuery(OrderListRow.SELECT + " FROM CustomerOrder o WHERE " + condition
                        + " ORDER BY o.placedAt DESC, o.id DESC", OrderListRow.class)
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
        if (me.isEmpty()) {
            return false;
        }
        CallerIdentity who = me.get();
        boolean owner = !who.isOperator() && order.accountId() != null && order.accountId() == who.id();
        boolean carrier = !who.isOperator() && who.has(Role.CARRIER) && order.carrierId() != null
                && who.carrierIds().contains(order.carrierId());
        return owner || carrier || access.mayManageShop(order.shopId());
    }
}
