package se.egalleria.servicepoint.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A shop as the administrator assesses it: criteria met (ids and names, in the municipality's
 * order), how many of how many required, contract and compensation (öre; 0 when none recorded),
 * whether it is a service point now and whether it could be designated today.
 */
public record AssessmentView(long shopId, String shop, String village, List<Long> criterionIds,
                             List<String> criteriaMet, int metCount, int required, boolean meetsThreshold,
                             LocalDate contractFrom, LocalDate contractTo, long yearlyCompensationOre,
                             boolean servicePoint, boolean designatable) {

    public AssessmentView {
        criterionIds = List.copyOf(criterionIds);
        criteriaMet = List.copyOf(criteriaMet);
    }
}
