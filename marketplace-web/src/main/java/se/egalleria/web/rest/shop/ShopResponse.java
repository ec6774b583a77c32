package se.egalleria.web.rest.shop;

import se.egalleria.shop.application.ShopSummary;

/** A shop in the API, with its number of visible products (for browsing by shop). */
public record ShopResponse(long id, String name, String village, String description, String openingHours,
                           String phone, String email, long productCount) {

    static ShopResponse of(ShopSummary shop, long productCount) {
        return new ShopResponse(shop.id(), shop.name(), shop.village(), shop.description(), shop.openingHours(),
                shop.phone(), shop.email(), productCount);
    }
}
