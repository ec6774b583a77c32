package se.egalleria.subsidy.application;

/**
 * What the municipality needs for its yearly claim, from the approved monthly reports: deliveries
 * and households, what it paid for them, and apart from them the shopping trips (trips claimed,
 * households, paid); the net cost of both, the state's share of both (half, capped per household
 * and delivery or trip), and whether that cost reaches half a price base amount (else no state
 * subsidy).
 */
public record YearSummary(int year, int approvedReports, int deliveries, int households, long paidOre,
                          long customerFeesOre, long netCostOre, long stateClaimOre, long halfPriceBaseAmountOre,
                          boolean reachesThreshold, int trips, int tripHouseholds, long tripsPaidOre,
                          long tripsStateClaimOre) {
}
