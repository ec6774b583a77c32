package se.egalleria.region.application;

/** A shop in a regional gallery: with its municipality, whose gallery it links into. */
public record RegionalShop(String municipalitySlug, String municipalityName, long shopId, String name,
                           String village, String description) {
}
