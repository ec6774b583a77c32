package se.egalleria.catalog.application;

/** A service as a shop sends it, not yet checked; no price means free. */
public record ServiceInput(String name, String description, String kind, Long priceOre, Integer vatPercent,
                           String booking, String phone, String phoneHours, Boolean visible) {
}
