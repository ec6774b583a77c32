package se.egalleria.subsidy.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.egalleria.tenancy.application.SubsidySettings;

/**
 * Sums a year's approved monthly reports for the claim to the state. A delivery appears in its
 * shop's report and in its carrier's report; whichever of them were approved, it counts once.
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
        long half = rules.priceBaseAmountOre() / 2;
        boolean reaches = paid >= half;
        return new YearSummary(year, approved.size(), deliveries, households.size(), paid, fees, paid,
                reaches ? claim : 0, half, reaches);
    }
}
