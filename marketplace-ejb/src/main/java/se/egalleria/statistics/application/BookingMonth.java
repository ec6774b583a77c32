package se.egalleria.statistics.application;

/** Service bookings made in one month (2026-11) and the seats they hold. */
public record BookingMonth(String month, long bookings, long seats) {
}
