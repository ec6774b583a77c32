package se.egalleria.region.application;

/** A service in a regional gallery: with its shop and municipality, whose gallery it links into. */
public record RegionalService(String municipalitySlug, String municipalityName, long serviceId, String name,
                              String description, long shopId, String shopName) {
}
