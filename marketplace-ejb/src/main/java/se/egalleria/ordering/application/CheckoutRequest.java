package se.egalleria.ordering.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What the resident fills in once: contact details, address (a village from the municipality's
 * list), payment; and per shop in the basket how the order reaches them. Values arrive as typed
 * (text for choices), so every mistake can be reported on its field. {@code onBehalfOf} names the
 * resident (account id) the caller orders for under that resident's permission; empty for oneself.
 */
public record CheckoutRequest(String name, String email, String phone, String street, String postalCode,
                              Long villageId, String instructions, String payment, List<ShopChoice> shops,
                              Long onBehalfOf) {

    public CheckoutRequest {
        shops = shops == null ? List.of() : List.copyOf(shops);
    }

    /**
     * The same request with the fields left empty taken from the resident's known details, so whoever
     * orders for a resident need not type the resident's name, address, village and phone again.
     */
    CheckoutRequest withBlanksFrom(KnownCustomer known) {
        return new CheckoutRequest(or(name, known.name()), or(email, known.email()), or(phone, known.phone()),
                or(street, known.street()), or(postalCode, known.postalCode()),
                villageId != null || known.villageId() == 0 ? villageId : Long.valueOf(known.villageId()),
                instructions, payment, shops, onBehalfOf);
    }

    private static String or(String typed, String known) {
        return typed == null || typed.isBlank() ? known : typed;
    }

    /** For one shop: HOME_DELIVERY (on a route day), SHOP_PICKUP or SERVICE_POINT_PICKUP (at which). */
    public record ShopChoice(Long shopId, String delivery, LocalDate date, Long servicePointId) {
    }
}
