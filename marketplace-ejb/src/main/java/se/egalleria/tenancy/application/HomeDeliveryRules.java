package se.egalleria.tenancy.application;

import java.util.List;

/**
 * The municipality's home-delivery fee, who is eligible for subsidised delivery, and the subsidy
 * rules, as the administrator edits them (money in öre, distance in metres; zero: no such rule).
 * The {@code trip…} fields are the rules for organised shopping trips (the shopping bus): the payment
 * per trip and household, whether the household must be approved in the register, and at most how
 * many trips per household and week qualify. {@code version} is the municipality's: send it back
 * with a change.
 */
public record HomeDeliveryRules(long feeOre, List<String> eligibleGroups, long paymentPerDeliveryOre,
                                long minimumOrderOre, int minimumDistanceMeters, int maxPerHouseholdPerWeek,
                                long stateCapPerDeliveryOre, long priceBaseAmountOre, long tripSubsidyOre,
                                boolean tripRequiresApproval, int tripMaxPerHouseholdPerWeek, long version) {

    public HomeDeliveryRules {
        eligibleGroups = List.copyOf(eligibleGroups);
    }
}
