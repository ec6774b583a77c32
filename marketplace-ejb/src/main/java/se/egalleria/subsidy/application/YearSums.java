package se.egalleria.subsidy.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.egalleria.tenancy.application.SubsidySettings;

/**
 * Sums a year's approved monthly reports for the claim to the state. A delivery appears in its
 * shop's report and in its carrier's report; whichever of them were approved, it counts once.
 * Shopping trips (shop reports only) are summed apart and join the net cost and the state's share:
 * the state supports organised shopping trips on the same terms as home delivery.
 */
final class YearSums {

    private YearSums() {
    }

    static YearSummary of(int year, List<MonthlyReport> approved, SubsidySettings rules) {
        Set<String> counted = new HashSet<>();
        Set<String> households = new HashSet<>();
        int deliveries = 0;
        long paid = 0;
        long fees = 0;
        long claim = 0;
        for (MonthlyReport report : approved) {
            for (ReportLine line : report.lines()) {
                if (line.subsidyOre() > 0 && counted.add(line.orderNumber())) {
                    deliveries++;
                    paid += line.subsidyOre();
                    fees += line.feeOre();
                    households.add(Households.key(line.address(), "", line.village()));
                    // The state pays half the municipality's cost, at most the cap per household and delivery.
                    claim += Math.min(line.subsidyOre() / 2, rules.stateCapPerDeliveryOre());
                }
            }
        }
        Trips trips = trips(approved, rules);
        long half = rules.priceBaseAmountOre() / 2;
        long netCost = paid + trips.paid;
        boolean reaches = netCost >= half;
        return new YearSummary(year, approved.size(), deliveries, households.size(), paid, fees, netCost,
                reaches ? claim + trips.claim : 0, half, reaches, trips.count, trips.households.size(), trips.paid,
                reaches ? trips.claim : 0);
    }

    /** The claimed trips of the year: a trip is a household on one occasion, so slot and household count once. */
    private static Trips trips(List<MonthlyReport> approved, SubsidySettings rules) {
        Trips trips = new Trips();
        Set<String> counted = new HashSet<>();
        for (MonthlyReport report : approved) {
            for (TripLine line : report.trips().lines()) {
                if (line.subsidyOre() > 0 && counted.add(line.slotId() + "|" + line.household())) {
                    trips.count++;
                    trips.paid += line.subsidyOre();
                    trips.households.add(line.household());
                    trips.claim += Math.min(line.subsidyOre() / 2, rules.stateCapPerDeliveryOre());
                }
            }
        }
        return trips;
    }

    private static final class Trips {
        private final Set<String> households = new HashSet<>();
        private int count;
        private long paid;
        private long claim;
    }
}
