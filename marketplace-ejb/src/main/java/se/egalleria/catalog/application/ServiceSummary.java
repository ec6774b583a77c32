package se.egalleria.catalog.application;

/**
 * A service as residents see it; {@code priceOre} null means free. {@code version} goes back with
 * a change, so that two people cannot overwrite each other. {@code organisedTrip} is the shop's mark;
 * {@code shoppingTrip} says whether its bookings count as shopping trips (marked, or a shopping bus).
 */
public record ServiceSummary(long id, long shopId, String shopName, String name, String description, String kind,
                             Long priceOre, Integer vatPercent, boolean free, String booking, String phone,
                             String phoneHours, boolean visible, long version, boolean organisedTrip,
                             boolean shoppingTrip) {
}
