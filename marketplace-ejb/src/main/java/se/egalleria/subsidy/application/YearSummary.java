package se.egalleria.subsidy.application;

/**
 * What the municipality needs for its yearly claim, from the approved monthly reports: deliveries
 * and households, what it paid (its net cost), the state's share (half, capped per household and
 * delivery), and whether the cost reaches half a price base amount (else no state subsidy).
 */
public record YearSummary(int year, int approvedReports, int deliveries, int households, long paidOre,
                          long customerFeesOre, long netCostOre, long stateClaimOre, long halfPriceBaseAmountOre,
                          boolean reachesThreshold) {
}
