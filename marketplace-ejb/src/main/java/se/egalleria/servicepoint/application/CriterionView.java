package se.egalleria.servicepoint.application;

/** One of the municipality's service-point criteria. */
public record CriterionView(long id, String name) {
}
