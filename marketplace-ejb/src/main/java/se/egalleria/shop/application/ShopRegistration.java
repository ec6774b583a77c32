package se.egalleria.shop.application;

/** A shop to add to a gallery, with its village named. */
public record ShopRegistration(String code, String name, String village, String description,
                               String openingHours, String phone, String email) {
}
