package se.egalleria.subsidy.application;

import java.time.LocalDate;

/**
 * A household to approve: name, address (a village of the municipality), basis, and optionally the
 * first day (default today: decisions may be dated back) and the last day (default: open).
 */
public record NewApproval(String name, String street, String postalCode, Long villageId, String basis,
                          LocalDate validFrom, LocalDate validUntil) {
}
