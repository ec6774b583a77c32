package se.egalleria.catalog.application;

/**
 * A service as residents see it; {@code priceOre} null means free. {@code version} goes back with
 * a change, so that two people cannot overwrite each other.
 */
public record ServiceSummary(long id, long shopId, String shopName, String name, String description, String kind,
                             Long priceOre, Integer vatPercent, boolean free, String booking, String phone,
                             String phoneHours, boolean visible, long version) {
}
