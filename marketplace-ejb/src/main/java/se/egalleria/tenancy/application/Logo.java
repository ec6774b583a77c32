package se.egalleria.tenancy.application;

/** A municipality's logo file; {@code version} changes whenever the municipality does (for ETags). */
public record Logo(byte[] bytes, String contentType, long version) {
}
