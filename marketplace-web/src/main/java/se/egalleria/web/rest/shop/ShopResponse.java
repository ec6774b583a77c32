package se.egalleria.web.rest.shop;

import se.egalleria.shop.application.ShopSummary;

/** A shop in the API. */
public record ShopResponse(long id, String name, String village, String description, String openingHours,
                           String phone, String email) {

    static ShopResponse of(ShopSummary shop) {
        return new ShopResponse(shop.id(), shop.name(), shop.village(), shop.description(), shop.openingHours(),
                shop.phone(), shop.email());
    }
}
