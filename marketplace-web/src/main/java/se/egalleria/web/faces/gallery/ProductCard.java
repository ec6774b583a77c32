package se.egalleria.web.faces.gallery;

import se.egalleria.catalog.application.ProductSummary;
import se.egalleria.web.i18n.Kronor;

/**
 * A product as a result list shows it, its links and prices written out once in Java: the page's
 * rows then read plain values instead of calling named beans for every row (bench/README.md, W8).
 */
public record ProductCard(ProductSummary product, String pageLink, String thumbnailLink, String price,
                          String comparisonPrice, String addAction) {

    /**
     * {@code gallery} is the gallery's link prefix, as {@code BrandingView.link("")} gives it;
     * {@code listPage} the address of the list, where its "add to basket" forms post.
     */
    static ProductCard of(ProductSummary product, String gallery, String listPage) {
        return new ProductCard(product, gallery + "/product-page.xhtml?id=" + product.id(),
                product.imageVersion() == null ? null
                        : gallery + "/images/products/" + product.id() + "/thumbnail?v=" + product.imageVersion(),
                Kronor.format(product.priceOre()),
                product.comparisonPriceOre() == null ? null
                        : Kronor.format(product.comparisonPriceOre()) + "/" + product.comparisonUnit(),
                listPage);
    }
}
