package se.egalleria.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A number that changes whenever residents would see the municipality's catalogue differently
 * because of a change on this node (products, categories, open shops), for caches of what pages
 * show: a key that carries it is never read again after such a change.
 */
@ApplicationScoped
public class CatalogueGeneration {

    @Inject
    private RecentProducts recentProducts;

    public long of(String tenant) {
        return recentProducts.generation(tenant);
    }
}
