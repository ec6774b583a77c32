package se.egalleria.shop.application;

/** What a shop's staff may change about how the shop presents itself. */
public record ShopChanges(String description, String openingHours, String phone, String email) {
}
