package se.egalleria.statistics.application;

/** Orders placed in one month (2026-11) by how they reach the resident. */
public record MethodMonth(String month, long homeDelivery, long shopPickup, long servicePointPickup) {
}
