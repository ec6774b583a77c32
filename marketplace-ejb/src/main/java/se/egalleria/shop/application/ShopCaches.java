package se.egalleria.shop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import se.egalleria.shared.cache.TenantReferenceCache;

/**
 * What is kept of a municipality's shops a short while (their names, the open shops' names, every
 * shop's delivery terms and the open service points, as lists and baskets show them). Every write
 * path of a shop says {@link #changed} and all of them are dropped: no write path has to know which
 * of them its change touches. Checkout reads its own, exact terms.
 */
@ApplicationScoped
class ShopCaches {

    /** The areas of {@link TenantReferenceCache} kept here. */
    enum Area {
        NAMES("shop-names"), OPEN_NAMES("shop-open-names"), DELIVERY_TERMS("shop-delivery-terms"),
        SERVICE_POINTS("shop-service-points");

        private final String key;

        Area(String key) {
            this.key = key;
        }
    }

    @Inject
    private TenantReferenceCache cache;

    <T> T get(Area area, Supplier<T> loader) {
        return cache.get(area.key, loader);
    }

    /** The current request's municipality added or changed one of its shops. */
    void changed() {
        for (Area area : Area.values()) {
            cache.changed(area.key);
        }
    }

    /** The same, for work that names its municipality (start-up). */
    void changed(String tenant) {
        for (Area area : Area.values()) {
            cache.changed(area.key, tenant);
        }
    }
}
