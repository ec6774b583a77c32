package se.egalleria.web.rest.shop;

import se.egalleria.shop.application.ShopNotFoundException;

/** A shop id from a URL: anything that is not a positive number names no shop. */
final class ShopIds {

    private ShopIds() {
    }

    static long parse(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through: not a shop
        }
        throw new ShopNotFoundException(0);
    }
}
