package se.egalleria.tenancy.domain;

/** How a carrier travels; the subsidy report asks for it. */
public enum CarrierMode {
    POSTAL_SERVICE,
    BUS_FREIGHT,
    TAXI,
    SHOP_CAR,
    VILLAGE_ASSOCIATION,
    OTHER
}
