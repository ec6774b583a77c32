package se.egalleria.tenancy.application;

import java.util.List;

/**
 * A change of the home-delivery rules as sent (any field may be missing; the service says which).
 * {@code version} is the one the caller read: a change made since then is a conflict. The shopping-trip
 * rules ({@code trip…}) came later: a change without them keeps the trip rules as they are.
 */
public record HomeDeliveryRulesChange(Long feeOre, List<String> eligibleGroups, Long paymentPerDeliveryOre,
                                      Long minimumOrderOre, Long minimumDistanceMeters, Long maxPerHouseholdPerWeek,
                                      Long stateCapPerDeliveryOre, Long priceBaseAmountOre, Long tripSubsidyOre,
                                      Boolean tripRequiresApproval, Long tripMaxPerHouseholdPerWeek, Long version) {
}
