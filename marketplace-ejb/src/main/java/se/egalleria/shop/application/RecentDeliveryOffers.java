package se.egalleria.shop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.egalleria.shared.cache.TenantReferenceCache;

/**
 * Every shop's delivery terms and the open service points of a municipality, as baskets show them:
 * each change of a basket reads them. Whatever changes a shop's terms, pickup, service-point flag,
 * status or details tells this; checkout reads its own, exact ones.
 */
@ApplicationScoped
class RecentDeliveryOffers {

    private static final String TERMS_AREA = "shop-delivery-terms";
    private static final String SERVICE_POINTS_AREA = "shop-service-points";

    @Inject
    private TenantReferenceCache cache;

    Map<Long, DeliveryTerms> terms(Supplier<Map<Long, DeliveryTerms>> loader) {
        return cache.get(TERMS_AREA, loader);
    }

    List<ShopSummary> servicePoints(Supplier<List<ShopSummary>> loader) {
        return cache.get(SERVICE_POINTS_AREA, loader);
    }

    /** The current request's municipality changed one of its shops. */
    void changed() {
        cache.changed(TERMS_AREA);
        cache.changed(SERVICE_POINTS_AREA);
    }

    /** The same, for work that names its municipality (start-up). */
    void changed(String tenant) {
        cache.changed(TERMS_AREA, tenant);
        cache.changed(SERVICE_POINTS_AREA, tenant);
    }
}
