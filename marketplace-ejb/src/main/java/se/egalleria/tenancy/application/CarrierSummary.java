package se.egalleria.tenancy.application;

/** A carrier the municipality has admitted. */
public record CarrierSummary(long id, String code, String name, String mode, String organisationNumber,
                             String subsidyAgreement) {
}
