package se.egalleria.ordering.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What the resident fills in once: contact details, address (a village from the municipality's
 * list), payment; and per shop in the basket how the order reaches them. Values arrive as typed
 * (text for choices), so every mistake can be reported on its field. {@code onBehalfOf} names the
 * resident (account id) the caller orders for under that resident's permission; empty for oneself.
 * {@code organisation} names the municipal unit (its id) an orderer of that unit orders for: then the
 * unit's name, phone and address are used and payment is by invoice, whatever else was sent.
 */
public record CheckoutRequest(String name, String email, String phone, String street, String postalCode,
                              Long villageId, String instructions, String payment, List<ShopChoice> shops,
                              Long onBehalfOf, Long organisation) {

    public CheckoutRequest {
        shops = shops == null ? List.of() : List.copyOf(shops);
    }

    /** The request as placed for a unit: its contact and address, invoice; the orderer's address for e-mail. */
    CheckoutRequest forUnit(OrganisationTerms.UnitTerms unit, String ordererEmail) {
        return new CheckoutRequest(unit.name(), email == null || email.isBlank() ? ordererEmail : email,
                unit.phone(), unit.street(), unit.postalCode(), unit.villageId(), instructions,
                se.egalleria.ordering.application.payment.InvoicePayment.CODE, shops, null, unit.unitId());
    }

    /**
     * The same request with the fields left empty taken from the resident's known details, so whoever
     * orders for a resident need not type the resident's name, address, village and phone again.
     */
    CheckoutRequest withBlanksFrom(KnownCustomer known) {
        return new CheckoutRequest(or(name, known.name()), or(email, known.email()), or(phone, known.phone()),
                or(street, known.street()), or(postalCode, known.postalCode()),
                villageId != null || known.villageId() == 0 ? villageId : Long.valueOf(known.villageId()),
                instructions, payment, shops, onBehalfOf, organisation);
    }

    private static String or(String typed, String known) {
        return typed == null || typed.isBlank() ? known : typed;
    }

    /** For one shop: HOME_DELIVERY (on a route day), SHOP_PICKUP or SERVICE_POINT_PICKUP (at which). */
    public record ShopChoice(Long shopId, String delivery, LocalDate date, Long servicePointId) {
    }
}
