package se.egalleria.servicepoint.application;

import java.time.LocalDate;
import java.util.List;

/** What the municipality records about a shop: criteria met (ids), contract period, yearly compensation in öre. */
public record AssessmentChange(List<Long> criterionIds, LocalDate contractFrom, LocalDate contractTo,
                               Long yearlyCompensationOre) {
}
