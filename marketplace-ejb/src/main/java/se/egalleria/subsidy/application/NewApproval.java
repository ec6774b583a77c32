package se.egalleria.subsidy.application;

import java.time.LocalDate;

/** A household to approve: name, address (a village of the municipality), basis, optionally until when. */
public record NewApproval(String name, String street, String postalCode, Long villageId, String basis,
                          LocalDate validUntil) {
}
