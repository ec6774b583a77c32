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
import se.egalleria.tenancy.application.TripSubsidySettings;

/**
 * Applies the municipality's rules for shopping trips: the household must be known (an address),
 * in the register on the day on a basis the municipality accepts (when the municipality requires
 * it), and at most N trips per household and ISO week qualify (the first N otherwise qualifying
 * trips of the week, whichever shop ran them). A line that fails a check claims nothing, flagged.
 */
final class TripCalculator {

    static final String HOUSEHOLD_UNKNOWN = "HOUSEHOLD_UNKNOWN";

    private TripCalculator() {
    }

    /**
     * The lines of all {@code trips} given, in the order they ran. As with deliveries, the weekly
     * limit only sees what is given: pass every trip of the municipality from the Monday before the
     * period on, then keep the lines of one report.
     *
     * @param basisOn household key and day → the basis it was approved on, or null
     * @param eligible the bases the municipality accepts (empty: any)
     */
    static List<TripLine> lines(List<Trip> trips, BiFunction<String, LocalDate, String> basisOn, Set<String> eligible,
                                TripSubsidySettings rules) {
        List<Trip> inOrder = trips.stream().sorted(Comparator.comparing(Trip::startsAt).thenComparing(Trip::slotId)
                .thenComparing(t -> t.household() == null ? "" : t.household())).toList();
        Map<String, Integer> perHouseholdWeek = new HashMap<>();
        List<TripLine> lines = new ArrayList<>();
        for (Trip t : inOrder) {
            List<String> flags = new ArrayList<>();
            String basis = t.household() == null ? null : basisOn.apply(t.household(), t.date());
            if (t.household() == null) {
                flags.add(HOUSEHOLD_UNKNOWN);
            } else if (rules.requiresApproval() && basis == null) {
                flags.add(ReportCalculator.NOT_APPROVED);
            } else if (rules.requiresApproval() && !eligible.isEmpty() && !eligible.contains(basis)) {
                flags.add(ReportCalculator.NOT_ELIGIBLE);
            }
            String week = t.household() + "|" + t.date().get(IsoFields.WEEK_BASED_YEAR) + "-"
                    + t.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            // Only a trip that would otherwise qualify uses up the household's allowance.
            if (flags.isEmpty() && rules.maxPerHouseholdPerWeek() > 0
                    && perHouseholdWeek.merge(week, 1, Integer::sum) > rules.maxPerHouseholdPerWeek()) {
                flags.add(ReportCalculator.TOO_FREQUENT);
            }
            long subsidy = flags.isEmpty() ? rules.subsidyPerTripOre() : 0;
            lines.add(new TripLine(t.slotId(), t.date(), t.trip(), t.household(), t.householdName(), t.address(),
                    t.village(), basis, t.seats(), subsidy, flags));
        }
        return lines;
    }
}
