package se.egalleria.catalog.domain;

/** Everything a shop says about a service, already checked; {@code priceOre} null = free. */
public record ServiceDetails(String name, String description, ServiceKind kind, Long priceOre, VatRate vat,
                             BookingMode booking, String phone, String phoneHours, boolean visible) {
}
