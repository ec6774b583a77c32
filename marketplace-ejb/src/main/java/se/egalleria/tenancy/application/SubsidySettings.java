package se.egalleria.tenancy.application;

/** The municipality's subsidy rules and its customer fee, as configured (zero: no such rule). */
public record SubsidySettings(long paymentPerDeliveryOre, long customerFeeOre, long minimumOrderOre,
                              int minimumDistanceMeters, int maxPerHouseholdPerWeek, long stateCapPerDeliveryOre,
                              long priceBaseAmountOre) {
}
