package se.egalleria.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.egalleria.catalog.domain.Product;
import se.egalleria.shop.application.ShopDirectory;

/** Turns a page of products into summaries with three look-ups in all (shops, categories, pictures), not per row. */
@ApplicationScoped
class ProductSummaries {

    @Inject
    private ShopDirectory shops;

    @Inject
    private CategoryTree categories;

    @Inject
    private ProductImages images;

    List<ProductSummary> of(List<Product> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        Map<Long, String> shopNames = shops.namesById();
        Map<Long, String> categoryNames = categories.names();
        Map<Long, Long> imageVersions = images.versions(products.stream().map(Product::id).toList());
        List<ProductSummary> summaries = new ArrayList<>(products.size());
        for (Product p : products) {
            summaries.add(ProductMapping.summary(p, shopNames.get(p.shopId()), categoryNames, imageVersions.get(p.id())));
        }
        return summaries;
    }

    ProductSummary of(Product product) {
        return of(List.of(product)).get(0);
    }
}
