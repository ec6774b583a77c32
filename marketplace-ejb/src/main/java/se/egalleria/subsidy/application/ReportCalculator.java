package se.egalleria.subsidy.application;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import se.egalleria.tenancy.application.SubsidySettings;

/**
 * Applies the municipality's rules to its deliveries: the household must be in the register on the
 * day, on a basis the municipality still accepts, the order at least the minimum, the household at
 * least the minimum distance from the nearest shop, and at most N deliveries per household and ISO
 * week (the first N otherwise qualifying deliveries of the week, whichever shop or carrier made
 * them). A line that fails a check claims no subsidy but stays on the report, flagged.
 */
final class ReportCalculator {

    static final String NOT_APPROVED = "NOT_APPROVED";
    static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";
    static final String BELOW_MINIMUM = "BELOW_MINIMUM";
    static final String TOO_CLOSE = "TOO_CLOSE";
    static final String TOO_FREQUENT = "TOO_FREQUENT";

    private ReportCalculator() {
    }

    /**
     * The lines of all {@code deliveries} given, in the order they were delivered. The weekly limit
     * only sees what is given: pass every delivery of the municipality from the Monday before the
     * period on, then keep the lines of one report.
     *
     * @param basisOn household key and day → the basis it was approved on (e.g. PENSIONER), or null
     * @param eligible the bases the municipality accepts (empty: any)
     */
    static List<ReportLine> lines(List<Delivered> deliveries, BiFunction<String, LocalDate, String> basisOn,
                                  Set<String> eligible, SubsidySettings terms) {
        List<Delivered> inOrder = deliveries.stream()
                .sorted(Comparator.comparing(Delivered::date)
                        // Order numbers grow with the order: shorter first, then alphabetically is numeric order.
                        .thenComparing(d -> d.orderNumber().length()).thenComparing(Delivered::orderNumber))
                .toList();
        Map<String, Integer> perHouseholdWeek = new HashMap<>();
        List<ReportLine> lines = new ArrayList<>();
        for (Delivered d : inOrder) {
            List<String> flags = new ArrayList<>();
            String basis = basisOn.apply(d.household(), d.date());
            if (basis == null) {
                flags.add(NOT_APPROVED);
            } else if (!eligible.isEmpty() && !eligible.contains(basis)) {
                flags.add(NOT_ELIGIBLE);
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
            // Only a delivery that would otherwise qualify uses up the household's allowance.
            if (flags.isEmpty() && terms.maxPerHouseholdPerWeek() > 0
                    && perHouseholdWeek.merge(week, 1, Integer::sum) > terms.maxPerHouseholdPerWeek()) {
                flags.add(TOO_FREQUENT);
            }
            long subsidy = flags.isEmpty() ? terms.paymentPerDeliveryOre() : 0;
            lines.add(new ReportLine(d.orderNumber(), d.date(), d.customerName(), d.address(), d.village(), basis,
                    d.distanceMeters(), "HOME_DELIVERY", d.carrier(), d.carrierMode(), d.orderValueOre(), d.feeOre(),
                    subsidy, d.recipientConfirmed(), flags));
        }
        return lines;
    }
}
