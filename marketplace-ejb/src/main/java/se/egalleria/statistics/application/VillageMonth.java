package se.egalleria.statistics.application;

/** One village's delivered home deliveries in one month (2026-11), and how many of them were subsidised. */
public record VillageMonth(String month, long homeDeliveries, long subsidisedDeliveries) {
}
