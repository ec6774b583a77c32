package se.egalleria.subsidy.application;

import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.egalleria.tenancy.application.SubsidySettings;

/**
 * Applies the municipality's rules to a month's deliveries: the household must be in the register,
 * the order at least the minimum, the household at least the minimum distance from the nearest
 * shop, and at most N deliveries per household and ISO week (the first N of a week qualify).
 * A line that fails a check claims no subsidy but stays on the report, flagged.
 */
final class ReportCalculator {

    static final String NOT_APPROVED = "NOT_APPROVED";
    static final String BELOW_MINIMUM = "BELOW_MINIMUM";
    static final String TOO_CLOSE = "TOO_CLOSE";
    static final String TOO_FREQUENT = "TOO_FREQUENT";

    private ReportCalculator() {
    }

    /** {@code approvals}: household key → basis (e.g. PENSIONER). */
    static List<ReportLine> lines(List<Delivered> deliveries, Map<String, String> approvals, SubsidySettings terms) {
        List<Delivered> inOrder = deliveries.stream()
                .sorted(Comparator.comparing(Delivered::date)
                        // Order numbers grow with the order: shorter first, then alphabetically is numeric order.
                        .thenComparing(d -> d.orderNumber().length()).thenComparing(Delivered::orderNumber))
                .toList();
        Map<String, Integer> perHouseholdWeek = new HashMap<>();
        List<ReportLine> lines = new ArrayList<>();
        for (Delivered d : inOrder) {
            List<String> flags = new ArrayList<>();
            String basis = approvals.get(d.household());
            if (basis == null) {
                flags.add(NOT_APPROVED);
            }
            if (d.orderValueOre() < terms.minimumOrderOre()) {
                flags.add(BELOW_MINIMUM);
            }
            if (terms.minimumDistanceMeters() > 0 && d.distanceMeters() != null
                    && d.distanceMeters() < terms.minimumDistanceMeters()) {
                flags.add(TOO_CLOSE);
            }
            String week = d.household() + "|" + d.date().get(IsoFields.WEEK_BASED_YEAR) + "-"
                    + d.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            int inWeek = perHouseholdWeek.merge(week, 1, Integer::sum);
            if (terms.maxPerHouseholdPerWeek() > 0 && inWeek > terms.maxPerHouseholdPerWeek()) {
                flags.add(TOO_FREQUENT);
            }
            long subsidy = flags.isEmpty() ? terms.paymentPerDeliveryOre() : 0;
            lines.add(new ReportLine(d.orderNumber(), d.date(), d.customerName(), d.address(), d.village(), basis,
                    d.distanceMeters(), "HOME_DELIVERY", d.carrier(), d.carrierMode(), d.orderValueOre(), d.feeOre(),
                    subsidy, d.recipientConfirmed(), flags));
        }
        return lines;
    }

    /** Great-circle distance in metres (haversine; good to a few metres at these distances). */
    static int distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double earth = 6_371_000;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return (int) Math.round(earth * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)));
    }
}
