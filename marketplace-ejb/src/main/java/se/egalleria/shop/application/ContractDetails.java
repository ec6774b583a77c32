package se.egalleria.shop.application;

/** Who the subsidy is paid to: organisation number and the agreement with the municipality (each may be missing). */
public record ContractDetails(String organisationNumber, String agreement) {
}
