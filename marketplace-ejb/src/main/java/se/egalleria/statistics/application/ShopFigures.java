package se.egalleria.statistics.application;

/** One shop's delivered home deliveries and picked-up pickup orders in the period. */
public record ShopFigures(long shopId, String shop, long homeDeliveries, long pickups) {
}
