package se.egalleria.catalog.domain;

/** Kinds of services a gallery lists beside products. */
public enum ServiceKind {
    LAUNDRY,
    CLEANING,
    PARCEL_PICKUP,
    PHARMACY_PICKUP,
    SHOPPING_BUS,
    TRANSPORT,
    OTHER
}
