package se.egalleria.servicepoint.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a shop may be designated a service point: it meets at least the required number of the
 * municipality's current criteria (criteria since removed do not count), and its contract covers
 * today. Pure, so the rule is tested without a server.
 *
 * @param criterionIds the municipality's criteria now
 * @param required     how many of them a shop must meet (1 to the number of criteria)
 */
public record DesignationRule(Set<Long> criterionIds, int required) {

    /** Why a designation is refused: a message key and its arguments. */
    public record Refusal(String messageKey, Object... arguments) {
    }

    public DesignationRule {
        criterionIds = Set.copyOf(criterionIds);
    }

    /** Whether {@code required} is allowed for {@code criteria} criteria. */
    public static boolean validThreshold(int required, int criteria) {
        return required >= 1 && required <= criteria;
    }

    /** How many of the municipality's current criteria are among those met. */
    public int metCount(Collection<Long> met) {
        return (int) met.stream().distinct().filter(criterionIds::contains).count();
    }

    public boolean meetsThreshold(Collection<Long> met) {
        return !criterionIds.isEmpty() && metCount(met) >= required;
    }

    /** Empty when the shop may be designated on {@code today}; else why not. */
    public Optional<Refusal> refusal(Collection<Long> met, LocalDate contractFrom, LocalDate contractTo,
                                     LocalDate today) {
        if (!meetsThreshold(met)) {
            return Optional.of(new Refusal("error.servicePoint.belowThreshold", metCount(met), required));
        }
        if (contractFrom == null || contractTo == null) {
            return Optional.of(new Refusal("error.servicePoint.noContract"));
        }
        if (contractTo.isBefore(today)) {
            return Optional.of(new Refusal("error.servicePoint.contractOver", contractTo));
        }
        if (contractFrom.isAfter(today)) {
            return Optional.of(new Refusal("error.servicePoint.contractNotStarted", contractFrom));
        }
        return Optional.empty();
    }
}
