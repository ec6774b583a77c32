package se.egalleria.ordering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import se.egalleria.account.application.LinkContext;
import se.egalleria.ordering.domain.Checkout;
import se.egalleria.ordering.domain.CustomerOrder;
import se.egalleria.ordering.domain.OrderLine;
import se.egalleria.ordering.domain.OrderNumber;
import se.egalleria.ordering.domain.OrderStatus;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.tenancy.application.CarrierDirectory;
import se.egalleria.tenancy.application.CarrierSummary;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.VillageSummary;

/** Orders as residents and shops see them; names of shops and villages looked up once per list. */
@ApplicationScoped
class OrderViews {

    @Inject
    private ShopDirectory shops;

    @Inject
    private MunicipalityDirectory municipality;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private CarrierDirectory carriers;

    /** The follow token of the order's checkout, for links in e-mails about the order. */
    String followToken(CustomerOrder order) {
        return tenantEm.current().find(Checkout.class, order.checkoutId()).followToken();
    }

    CheckoutResult result(Checkout checkout, boolean replayed) {
        List<CustomerOrder> orders = tenantEm.current().createNamedQuery(CustomerOrder.OF_CHECKOUT, CustomerOrder.class)
                .setParameter("checkoutId", checkout.id())
                .setHint(QueryHints.BATCH, "o.lines")
                .getResultList();
        return result(checkout, orders, replayed);
    }

    CheckoutResult result(Checkout checkout, List<CustomerOrder> orders, boolean replayed) {
        // In the order they were placed, whether just now or looked up for a retried submission.
        List<CustomerOrder> byId = orders.stream().sorted(Comparator.comparing(CustomerOrder::id)).toList();
        return new CheckoutResult(checkout.id(), checkout.followToken(), replayed, details(byId));
    }

    /** The address that opens an order without signing in (sent in the confirmation e-mail). */
    static String followLink(LinkContext links, String number, String followToken) {
        return links.galleryBaseUrl() + "/order.xhtml?number=" + number + "&token=" + followToken;
    }

    List<OrderDetail> details(List<CustomerOrder> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<Long, String> shopNames = shops.namesById();
        Map<Long, String> villages = villageNames();
        Map<Long, String> carrierNames = carrierNames();
        return orders.stream().map(o -> detail(o, shopNames, villages, carrierNames)).toList();
    }

    List<OrderSummary> summaries(List<OrderListRow> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<Long, String> shopNames = shops.namesById();
        Map<Long, String> villages = villageNames();
        Map<Long, String> carrierNames = carrierNames();
        return orders.stream().map(o -> new OrderSummary(OrderNumber.of(o.id()), o.status().name(), o.shopId(),
                shopNames.get(o.shopId()), o.customerName(), o.placedAt(), o.deliveryMethod().name(),
                o.deliveryDate(), o.totalOre(), villages.get(o.villageId()),
                o.carrierId() == null ? null : carrierNames.get(o.carrierId()), o.organisationName())).toList();
    }

    private Map<Long, String> villageNames() {
        return municipality.current().villages().stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
    }

    private Map<Long, String> carrierNames() {
        return carriers.list().stream().collect(Collectors.toMap(CarrierSummary::id, CarrierSummary::name));
    }

    private static OrderDetail detail(CustomerOrder o, Map<Long, String> shopNames, Map<Long, String> villages,
                                      Map<Long, String> carrierNames) {
        List<OrderLineView> lines = o.lines().stream().map(OrderViews::line).toList();
        return new OrderDetail(o.number(), o.status().name(), o.shopId(), shopNames.get(o.shopId()), o.placedAt(),
                o.customer().name(), o.customer().email(), o.customer().phone(), o.address().street(),
                o.address().postalCode(), villages.get(o.address().villageId()), o.address().instructions(),
                o.deliveryMethod().name(), o.deliveryDate(),
                o.pickupShopId() == null ? null : shopNames.get(o.pickupShopId()), o.paymentMethod(),
                o.paymentStatus().name(), o.itemsTotalOre(), o.deliveryFeeOre(), o.totalOre(),
                lines.stream().mapToLong(OrderLineView::vatOre).sum(), lines, o.carrierId(),
                o.carrierId() == null ? null : carrierNames.get(o.carrierId()), o.statusNote(), o.statusChangedAt(),
                o.deliveredAt(), o.isRecipientConfirmed(), Arrays.stream(OrderStatus.values())
                        .filter(o::canMoveTo).map(Enum::name).toList(), o.channel(), o.placedBy(), o.paymentUrl(),
                o.organisationName());
    }

    private static OrderLineView line(OrderLine l) {
        return new OrderLineView(l.productId(), l.productName(), l.ean(), l.quantity(), l.unit(), l.unitPriceOre(),
                l.lineTotalOre(), l.vatPercent(), l.vatOre(), !"AMBIENT".equals(l.storage()), l.storage());
    }
}
