package se.egalleria.ordering.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.application.LinkContext;
import se.egalleria.account.application.OrderingFor;
import se.egalleria.catalog.application.ProductCatalogue;
import se.egalleria.catalog.application.ProductSummary;
import se.egalleria.ordering.domain.Basket;
import se.egalleria.ordering.domain.CustomerOrder;
import se.egalleria.ordering.domain.DeliveryMethod;
import se.egalleria.ordering.domain.OrderNumber;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.Secrets;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.DeliveryTerms;
import se.egalleria.shop.application.ShopDirectory;

/**
 * "Repeat last week's order" in one step: {@link #preview} shows what the earlier order would be
 * today (prices changed, lines reduced to the stock, lines out of stock or no longer sold) and
 * places nothing; {@link #place} then places it through the ordinary checkout, with the earlier
 * order's delivery choice, address and payment, home delivery on the next route day. The resident
 * repeats their own orders; a relative or home-care worker who may order for the resident repeats
 * the resident's, as placed by them for the resident. To anyone else the order does not exist.
 */
@Stateless
public class RepeatOrders {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private OrderingFor orderingFor;

    @Inject
    private ProductCatalogue catalogue;

    @Inject
    private ShopDirectory shops;

    @Inject
    private Checkouts checkouts;

    @Inject
    private OrderViews views;

    @Inject
    private ResidentContacts contacts;

    public RepeatPreview preview(String number) {
        return preview(repeatable(number));
    }

    /**
     * Places the earlier order again as the preview showed it at this moment. The idempotency key
     * names the submission: sent again, it answers with the orders it placed (as checkout does).
     */
    public CheckoutResult place(String number, String idempotencyKey, LinkContext links) {
        Checkouts.requireKey(idempotencyKey);
        CustomerOrder order = repeatable(number);
        RepeatPreview preview = preview(order);
        // The basket is named by the submission, so a retry finds the one the first attempt placed.
        String token = Secrets.digest("repeat|" + number + "|" + idempotencyKey);
        EntityManager em = tenantEm.current();
        Optional<Basket> earlier = em.createNamedQuery(Basket.BY_TOKEN, Basket.class)
                .setParameter("digest", Secrets.digest(token)).getResultStream().findFirst();
        if (earlier.isEmpty()) {
            if (!preview.placeable()) {
                throw new ConflictException("error.repeat.nothingLeft");
            }
            Basket basket = new Basket(Secrets.digest(token), Instant.now());
            preview.lines().stream().filter(l -> l.quantity() > 0)
                    .forEach(l -> basket.setQuantity(l.productId(), l.quantity(), Instant.now()));
            em.persist(basket);
            em.flush();
        }
        List<String> methods = checkouts.paymentMethods();
        String payment = methods.contains(order.paymentMethod()) || methods.isEmpty() ? order.paymentMethod()
                : methods.get(0);
        CheckoutRequest request = new CheckoutRequest(order.customer().name(), order.customer().email(),
                order.customer().phone(), order.address().street(), order.address().postalCode(),
                order.address().villageId(), order.address().instructions(), payment,
                List.of(new CheckoutRequest.ShopChoice(order.shopId(), order.deliveryMethod().name(), null,
                        order.pickupShopId())), preview.onBehalfOf(),
                order.organisationUnitId());
        return checkouts.place(token, request, idempotencyKey, links);
    }

    /**
     * The latest order of the signed-in resident and of everyone they may order for, by account id,
     * for the "repeat" links on their pages.
     */
    public Map<Long, String> latestOrders() {
        CallerIdentity me = access.requireAccount();
        List<Long> ids = Stream.concat(Stream.of(me.id()), orderingFor.representable().stream()
                .map(OrderingFor.Recipient::residentAccountId)).distinct().toList();
        return contacts.latestOrderNumbers(ids);
    }

    private RepeatPreview preview(CustomerOrder order) {
        OrderDetail detail = views.details(List.of(order)).get(0);
        Map<Long, ProductSummary> today = catalogue.visibleByIds(detail.lines().stream()
                .map(OrderLineView::productId).collect(Collectors.toSet()));
        List<RepeatLine> lines = RepeatComparison.compare(detail.lines(), today);
        LocalDate date = null;
        if (order.deliveryMethod() == DeliveryMethod.HOME_DELIVERY) {
            DeliveryTerms terms = shops.deliveryTerms(order.shopId());
            date = RouteDates.next(terms.routeDays(), RouteDates.today(), 1).stream().findFirst().orElse(null);
        }
        CallerIdentity me = access.requireAccount();
        Long onBehalfOf = order.accountId() == me.id() ? null : order.accountId();
        return new RepeatPreview(detail.number(), detail.shopId(), detail.shopName(), detail.customerName(),
                detail.street(), detail.postalCode(), detail.village(), detail.delivery(), date, detail.pickupAt(),
                detail.payment(), onBehalfOf, lines, detail.itemsTotalOre(),
                lines.stream().mapToLong(RepeatLine::lineTotalOre).sum());
    }

    private CustomerOrder repeatable(String number) {
        CallerIdentity me = access.requireAccount();
        CustomerOrder order = OrderNumber.parse(number).map(id -> tenantEm.current().find(CustomerOrder.class, id))
                .orElse(null);
        boolean mine = order != null && order.accountId() != null && order.accountId() == me.id();
        if (order == null || order.accountId() == null || !mine && !orderingFor.mayOrderFor(order.accountId())) {
            throw new NotFoundException("error.order.notFound");
        }
        return order;
    }
}
