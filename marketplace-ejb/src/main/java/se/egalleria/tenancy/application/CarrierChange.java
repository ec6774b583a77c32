package se.egalleria.tenancy.application;

/**
 * A new carrier or a change of one, as sent: code (a-z, 0-9, '-'), name, mode (CarrierMode), phone,
 * organisation number (556677-8899) and subsidy agreement (the last three optional). {@code version}
 * is needed for a change only: the one the caller read.
 */
public record CarrierChange(String code, String name, String mode, String phone, String organisationNumber,
                            String subsidyAgreement, Long version) {
}
