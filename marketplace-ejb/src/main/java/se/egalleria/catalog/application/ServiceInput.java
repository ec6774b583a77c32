package se.egalleria.catalog.application;

/**
 * A service as a shop sends it, not yet checked; no price means free. {@code version} is required
 * when changing a service (the one it was read with). {@code organisedTrip} (default false) marks a
 * service of any kind as an organised shopping trip for the subsidy reports.
 */
public record ServiceInput(String name, String description, String kind, Long priceOre, Integer vatPercent,
                           String booking, String phone, String phoneHours, Boolean visible, Long version,
                           Boolean organisedTrip) {
}
