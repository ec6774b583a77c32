package se.egalleria.catalog.domain;

/** How a resident uses a service: by phoning the shop, or by booking a seat in a slot. */
public enum BookingMode {
    PHONE,
    SLOTS
}
