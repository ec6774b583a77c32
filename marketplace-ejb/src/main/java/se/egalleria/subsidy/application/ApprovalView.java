package se.egalleria.subsidy.application;

import java.time.Instant;
import java.time.LocalDate;

/** A household in the register: who, where, on what basis, approved by whom and when, until when. */
public record ApprovalView(long id, String name, String street, String postalCode, String village, String basis,
                           String approvedBy, Instant approvedAt, LocalDate validUntil) {
}
