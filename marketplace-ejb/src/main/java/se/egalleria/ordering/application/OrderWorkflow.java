package se.egalleria.ordering.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.Caller;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.application.LinkContext;
import se.egalleria.account.domain.Role;
import se.egalleria.catalog.application.ProductStock;
import se.egalleria.ordering.domain.CustomerOrder;
import se.egalleria.ordering.domain.DeliveryMethod;
import se.egalleria.ordering.domain.OrderEvent;
import se.egalleria.ordering.domain.OrderLine;
import se.egalleria.ordering.domain.OrderNumber;
import se.egalleria.ordering.domain.OrderStatus;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.ForbiddenException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.mail.OutgoingMail;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.application.CarrierDirectory;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.TenantContext;

/**
 * The shop's and the carrier's steps on an order. The shop accepts or rejects (with a reason
 * that reaches the resident, and the units back in stock), packs, chooses the carrier and hands
 * the order over, or has it ready for pickup; the carrier records the delivery or why it failed.
 * Every step is kept in the order's history (a handover with the carrier it went to, which is
 * what a delivery run records), and the resident is e-mailed about each step that concerns them.
 */
@Stateless
public class OrderWorkflow {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private Caller caller;

    @Inject
    private ProductStock stock;

    @Inject
    private CarrierDirectory carriers;

    @Inject
    private MunicipalityDirectory municipality;

    @Inject
    private OrderViews views;

    @Inject
    private Event<OutgoingMail> mail;

    @Inject
    private TenantContext tenant;

    /** A shop step: accept, pack, ready for pickup, picked up, hand to carrier. */
    public OrderDetail move(String number, String status, String note, LinkContext links) {
        OrderStatus next = Inputs.oneOf(OrderStatus.class, "status", status);
        CustomerOrder order = order(number);
        CallerIdentity who = next == OrderStatus.DELIVERED || next == OrderStatus.DELIVERY_FAILED
                ? requireCarrierOrShop(order) : access.requireShopManager(order.shopId());
        String text = Inputs.optional("note", note, 500);
        if ((next == OrderStatus.REJECTED || next == OrderStatus.DELIVERY_FAILED) && text.isEmpty()) {
            throw new InvalidInputException("note", "error.order.reasonRequired");
        }
        if (next == OrderStatus.DELIVERED) {
            return deliver(order, who, null, text, false, links);
        }
        step(order, next, text, who);
        if (next == OrderStatus.REJECTED) {
            stock.release(order.lines().stream().collect(Collectors.toMap(OrderLine::productId,
                    OrderLine::quantity, Integer::sum)));
        }
        if (OrderMails.tellsAbout(next)) {
            tell(order, links);
        }
        return detail(order);
    }

    /**
     * The municipality decides on a unit's order above its monthly limit: approved, it reaches the
     * shop as a new order; refused (a reason is required), its units go back in stock. Either way
     * the orderer is e-mailed when the order was refused, as a shop's rejection would be.
     */
    public OrderDetail decideApproval(String number, boolean approve, String note, LinkContext links) {
        CallerIdentity who = access.requireAdministrator();
        CustomerOrder order = order(number);
        if (order.organisationUnitId() == null) {
            throw new NotFoundException("error.order.notFound");
        }
        if (order.status() != OrderStatus.AWAITING_APPROVAL) {
            throw new ConflictException("error.organisation.notAwaiting", order.number());
        }
        String text = Inputs.optional("note", note, 500);
        Instant now = Instant.now();
        if (approve) {
            order.approve(text, now);
        } else {
            if (text.isEmpty()) {
                throw new InvalidInputException("note", "error.order.reasonRequired");
            }
            order.refuseApproval(text, now);
            stock.release(order.lines().stream().collect(Collectors.toMap(OrderLine::productId,
                    OrderLine::quantity, Integer::sum)));
            tell(order, links);
        }
        record(order, who, text, now);
        return detail(order);
    }

    /** The carrier (or the shop) records a delivery: when (default now), a note, the recipient's confirmation. */
    public OrderDetail delivered(String number, Instant at, String note, boolean recipientConfirmed,
                                 LinkContext links) {
        CustomerOrder order = order(number);
        CallerIdentity who = requireCarrierOrShop(order);
        return deliver(order, who, at, Inputs.optional("note", note, 500), recipientConfirmed, links);
    }

    /** Chooses who carries one home delivery. */
    public OrderDetail assignCarrier(String number, Long carrierId) {
        CustomerOrder order = order(number);
        access.requireShopManager(order.shopId());
        long carrier = carrier(carrierId);
        if (!canAssign(order)) {
            throw new ConflictException("error.order.carrierFixed", order.number());
        }
        order.assignCarrier(carrier);
        return detail(order);
    }

    /** Chooses the carrier of all the shop's open home deliveries of one route day; returns how many. */
    public int assignCarrierForRouteDay(long shopId, LocalDate date, Long carrierId) {
        access.requireShopManager(shopId);
        if (date == null) {
            throw new InvalidInputException("date", "error.input.required");
        }
        long carrier = carrier(carrierId);
        List<CustomerOrder> orders = tenantEm.current().createQuery("SELECT o FROM CustomerOrder o WHERE o.shopId = "
                        + ":shopId AND o.deliveryDate = :date AND o.deliveryMethod = :home", CustomerOrder.class)
                .setParameter("shopId", shopId).setParameter("date", date)
                .setParameter("home", DeliveryMethod.HOME_DELIVERY).getResultList();
        int assigned = 0;
        for (CustomerOrder order : orders) {
            if (canAssign(order)) {
                order.assignCarrier(carrier);
                assigned++;
            }
        }
        return assigned;
    }

    /** The order's history, oldest first, for those who may open the order. */
    public List<OrderHistoryEntry> history(String number) {
        CustomerOrder order = order(number);
        access.requireShopManager(order.shopId());
        return tenantEm.current().createNamedQuery(OrderEvent.OF_ORDER, OrderEvent.class)
                .setParameter("orderId", order.id()).getResultStream()
                .map(e -> new OrderHistoryEntry(e.status().name(), e.actor(), e.note(), e.happenedAt())).toList();
    }

    private OrderDetail deliver(CustomerOrder order, CallerIdentity who, Instant at, String note,
                                boolean confirmed, LinkContext links) {
        Instant now = Instant.now();
        if (!order.canMoveTo(OrderStatus.DELIVERED)) {
            throw transition(order, OrderStatus.DELIVERED);
        }
        Instant when = at == null ? now : at;
        if (when.isAfter(now.plusSeconds(300)) || when.isBefore(order.placedAt())) {
            throw new InvalidInputException("deliveredAt", "error.order.deliveredAt");
        }
        order.deliver(when, note, confirmed, now);
        record(order, who, note, now);
        tell(order, links);
        return detail(order);
    }

    private void step(CustomerOrder order, OrderStatus next, String note, CallerIdentity who) {
        if (!order.canMoveTo(next)) {
            throw transition(order, next);
        }
        if (next == OrderStatus.HANDED_TO_CARRIER && order.carrierId() == null) {
            throw new ConflictException("error.order.noCarrier", order.number());
        }
        Instant now = Instant.now();
        order.moveTo(next, note, now);
        record(order, who, note, now);
    }

    private void record(CustomerOrder order, CallerIdentity who, String note, Instant now) {
        tenantEm.current().persist(order.status() == OrderStatus.HANDED_TO_CARRIER
                ? OrderEvent.handover(order.id(), order.carrierId(), who.auditName(), note, now)
                : new OrderEvent(order.id(), order.status(), who.auditName(), note, now));
    }

    private static ConflictException transition(CustomerOrder order, OrderStatus next) {
        return new ConflictException("error.order.transition", order.number(), order.status().name(), next.name());
    }

    private static boolean canAssign(CustomerOrder order) {
        return order.deliveryMethod() == DeliveryMethod.HOME_DELIVERY && (order.status() == OrderStatus.NEW
                || order.status() == OrderStatus.ACCEPTED || order.status() == OrderStatus.PACKED
                || order.status() == OrderStatus.DELIVERY_FAILED);
    }

    private long carrier(Long carrierId) {
        if (carrierId == null) {
            throw new InvalidInputException("carrierId", "error.input.required");
        }
        return carriers.list().stream().filter(c -> c.id() == carrierId).findFirst()
                .orElseThrow(() -> new InvalidInputException("carrierId", "error.carrier.unknown")).id();
    }

    /** The carrier the order is assigned to, or the shop's staff. */
    private CallerIdentity requireCarrierOrShop(CustomerOrder order) {
        CallerIdentity who = caller.require();
        if (!who.isOperator() && who.has(Role.CARRIER) && order.carrierId() != null
                && who.carrierIds().contains(order.carrierId()) && who.tenant().equals(tenant.require())) {
            return who;
        }
        if (access.mayManageShop(order.shopId())) {
            return who;
        }
        throw new ForbiddenException("error.auth.notYourDelivery");
    }

    private CustomerOrder order(String number) {
        EntityManager em = tenantEm.current();
        return OrderNumber.parse(number).map(id -> em.find(CustomerOrder.class, id))
                .orElseThrow(() -> new NotFoundException("error.order.notFound"));
    }

    /** E-mails the resident about the step; phone orders may have no address, and then nobody is told. */
    private void tell(CustomerOrder order, LinkContext links) {
        if (order.customer().email() == null || order.customer().email().isBlank()) {
            return;
        }
        OrderDetail detail = detail(order);
        String link = OrderViews.followLink(links, order.number(), views.followToken(order));
        mail.fire(OrderMails.statusChange(detail, municipality.current().name(), link,
                Locale.forLanguageTag(order.locale())));
    }

    private OrderDetail detail(CustomerOrder order) {
        return views.details(List.of(order)).get(0);
    }
}
