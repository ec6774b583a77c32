package se.egalleria.shop.application;

/** A shop as lists and detail views show it. */
public record ShopSummary(
        long id,
        String name,
        String village,
        String description,
        String openingHours,
        String phone,
        String email) {
}
