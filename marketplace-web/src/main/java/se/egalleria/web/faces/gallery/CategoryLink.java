package se.egalleria.web.faces.gallery;

import se.egalleria.catalog.application.CategoryNode;

/** A category in the browsing list: its link, name and count of products, and whether it is a top category. */
public record CategoryLink(String link, String name, long productCount, boolean top) {

    static CategoryLink of(CategoryNode category, String gallery) {
        return new CategoryLink(gallery + "/products.xhtml?category=" + category.id(), category.name(),
                category.productCount(), category.parentId() == null);
    }
}
