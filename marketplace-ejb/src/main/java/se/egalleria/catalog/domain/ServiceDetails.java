package se.egalleria.catalog.domain;

/**
 * Everything a shop says about a service, already checked; {@code priceOre} null = free.
 * {@code organisedTrip}: the shop runs it as an organised shopping trip (the subsidy reports count it).
 */
public record ServiceDetails(String name, String description, ServiceKind kind, Long priceOre, VatRate vat,
                             BookingMode booking, String phone, String phoneHours, boolean visible,
                             boolean organisedTrip) {
}
