package se.egalleria.catalog.application;

/** What a resident looks for: words (all must match), a shop, a category; each optional. */
public record ProductQuery(String text, Long shopId, Long categoryId) {
}
