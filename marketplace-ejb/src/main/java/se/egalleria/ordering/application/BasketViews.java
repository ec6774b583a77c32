package se.egalleria.ordering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.egalleria.catalog.application.ProductCatalogue;
import se.egalleria.catalog.application.ProductSummary;
import se.egalleria.ordering.domain.Basket;
import se.egalleria.ordering.domain.BasketItem;
import se.egalleria.shop.application.DeliveryTerms;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.MunicipalityProfile;
import se.egalleria.tenancy.application.VillageSummary;

/**
 * Turns a basket into what the resident sees: lines at today's prices grouped by shop, with
 * each shop's delivery options. Products and shops' terms are read as residents are shown them
 * (what was shown a moment ago is kept, the rest read in one query each, however full the basket);
 * checkout places the order on exact ones.
 */
@ApplicationScoped
class BasketViews {

    @Inject
    private ProductCatalogue catalogue;

    @Inject
    private ShopDirectory shops;

    @Inject
    private MunicipalityDirectory municipality;

    BasketView of(Basket basket) {
        List<BasketItem> items = basket.items();
        Map<Long, ProductSummary> products = catalogue.shownByIds(items.stream().map(BasketItem::productId).toList());
        int removed = 0;
        Map<Long, List<BasketLine>> linesByShop = new LinkedHashMap<>();
        Map<Long, String> shopNames = new LinkedHashMap<>();
        for (BasketItem item : items) {
            ProductSummary p = products.get(item.productId());
            if (p == null) {
                basket.setQuantity(item.productId(), 0, Instant.now());
                removed++;
                continue;
            }
            shopNames.putIfAbsent(p.shopId(), p.shopName());
            linesByShop.computeIfAbsent(p.shopId(), id -> new ArrayList<>()).add(new BasketLine(p.id(), p.name(),
                    p.unit(), p.priceOre(), item.quantity(), p.priceOre() * item.quantity(), p.stock(),
                    p.stock() == null || p.stock() >= item.quantity(), p.coolerBag(), p.imageVersion()));
        }
        if (linesByShop.isEmpty()) {
            return new BasketView(List.of(), 0, 0, removed);
        }
        Map<Long, DeliveryTerms> terms = shops.recentDeliveryTerms(linesByShop.keySet());
        MunicipalityProfile profile = municipality.current();
        List<DeliveryOptions.ServicePoint> servicePoints = shops.recentServicePoints().stream()
                .map(s -> new DeliveryOptions.ServicePoint(s.id(), s.name(), s.village())).toList();
        LocalDate today = RouteDates.today();
        List<BasketShop> groups = new ArrayList<>();
        int count = 0;
        long total = 0;
        for (Map.Entry<Long, List<BasketLine>> group : linesByShop.entrySet()) {
            long subtotal = group.getValue().stream().mapToLong(BasketLine::lineTotalOre).sum();
            count += group.getValue().stream().mapToInt(BasketLine::quantity).sum();
            total += subtotal;
            groups.add(new BasketShop(group.getKey(), shopNames.get(group.getKey()), group.getValue(), subtotal,
                    options(terms.get(group.getKey()), subtotal, profile, servicePoints, today)));
        }
        return new BasketView(groups, count, total, removed);
    }

    static DeliveryOptions options(DeliveryTerms terms, long subtotal, MunicipalityProfile profile,
                                   List<DeliveryOptions.ServicePoint> servicePoints, LocalDate today) {
        List<String> villages = profile.villages().stream().filter(v -> terms.villageIds().contains(v.id()))
                .map(VillageSummary::name).collect(Collectors.toList());
        List<DeliveryOptions.ServicePoint> elsewhere = servicePoints.stream()
                .filter(s -> s.shopId() != terms.shopId()).toList();
        return new DeliveryOptions(terms.homeDelivery(),
                terms.homeDelivery() ? RouteDates.next(terms.routeDays(), today, RouteDates.CHOICES) : List.of(),
                profile.deliveryFeeOre(), terms.minimumOrderOre(), subtotal < terms.minimumOrderOre(), villages,
                terms.shopPickup(), elsewhere);
    }
}
