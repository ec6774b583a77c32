package se.egalleria.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.egalleria.shop.application.ShopStatusChanged;

/** A shop opened or closed: the category tree counts only open shops' products, so it is counted again. */
@ApplicationScoped
class OpenShopsListener {

    @Inject
    private CategoryTree categories;

    void shopStatusChanged(@Observes ShopStatusChanged changed) {
        categories.productsChanged();
    }
}
