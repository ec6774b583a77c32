package se.egalleria.tenancy.application;

/** A carrier as the administrator edits it; {@code version} goes back with a change. */
public record CarrierDetails(long id, String code, String name, String mode, String phone, String organisationNumber,
                             String subsidyAgreement, long version) {
}
