package se.egalleria.catalog.application;

/**
 * What a resident looks for: words (all must match), a shop, a category; each optional; and the
 * order: by relevance when there are words, else by name, or by price either way.
 */
public record ProductQuery(String text, Long shopId, Long categoryId, Sort sort) {

    public enum Sort {
        RELEVANCE, NAME, PRICE_ASCENDING, PRICE_DESCENDING
    }

    public ProductQuery(String text, Long shopId, Long categoryId) {
        this(text, shopId, categoryId, Sort.RELEVANCE);
    }

    public ProductQuery {
        sort = sort == null ? Sort.RELEVANCE : sort;
    }
}
