package se.egalleria.tenancy.application;

/**
 * The municipality's rules for shopping trips as the subsidy reports apply them: öre per trip and
 * household, whether the register's approval is required, trips per household and week (0: no limit).
 */
public record TripSubsidySettings(long subsidyPerTripOre, boolean requiresApproval, int maxPerHouseholdPerWeek) {
}
