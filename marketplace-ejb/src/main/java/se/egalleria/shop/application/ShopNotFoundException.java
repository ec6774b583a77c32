package se.egalleria.shop.application;

import se.egalleria.shared.NotFoundException;

/** No shop with that id in the caller's municipality (another municipality's shop looks the same). */
public class ShopNotFoundException extends NotFoundException {

    public ShopNotFoundException(long id) {
        super("error.shop.notFound", id);
    }
}
