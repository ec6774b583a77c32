package se.egalleria.subsidy.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A period of a household in the register: who, where, on what basis, approved by whom and when,
 * for which days, and who withdrew it (null while it runs).
 */
public record ApprovalView(long id, String name, String street, String postalCode, String village, String basis,
                           String approvedBy, Instant approvedAt, LocalDate validFrom, LocalDate validUntil,
                           String endedBy) {
}
