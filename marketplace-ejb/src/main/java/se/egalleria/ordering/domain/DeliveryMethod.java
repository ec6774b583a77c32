package se.egalleria.ordering.domain;

/** How an order reaches the resident. */
public enum DeliveryMethod {
    /** Hemsändning: to the resident's door on the shop's route day, for the municipality's fee. */
    HOME_DELIVERY,
    /** The resident fetches it in the shop. */
    SHOP_PICKUP,
    /** The resident fetches it at a service point (servicepunkt), often closer than the shop. */
    SERVICE_POINT_PICKUP
}
