package se.egalleria.statistics.application;

/** The home deliveries one carrier delivered in the period. */
public record CarrierFigures(long carrierId, String carrier, long homeDeliveries) {
}
