package se.egalleria.subsidy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import se.egalleria.catalog.application.TripBooking;
import se.egalleria.tenancy.application.TripSubsidySettings;

class TripCalculatorTest {

    // 80 kr per trip and household, approved households only, at most one trip a week.
    private static final TripSubsidySettings ONCE_A_WEEK = new TripSubsidySettings(8000, true, 1);
    private static final Map<String, String> REGISTER = Map.of("elsa", "PENSIONER", "stina", "LONG_DISTANCE");
    private static final BiFunction<String, LocalDate, String> ALWAYS = (household, day) -> REGISTER.get(household);
    private static final Set<String> ELIGIBLE = Set.of("PENSIONER", "DISABLED");

    private static Trip trip(long slot, String day, String household) {
        LocalDate date = LocalDate.parse(day);
        return new Trip(1, slot, date.atTime(10, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant(), date,
                "Handlarrundan", household, household, household == null ? null : "Byvägen 3, 93090", "Laisvall", 1);
    }

    private static List<String> flags(List<TripLine> lines, long slot, String household) {
        return lines.stream().filter(l -> l.slotId() == slot && java.util.Objects.equals(l.household(), household))
                .findFirst().orElseThrow().flags();
    }

    @Test
    void anApprovedHouseholdsTripClaimsThePaymentPerTrip() {
        List<TripLine> lines = TripCalculator.lines(List.of(trip(1, "2026-11-06", "elsa")), ALWAYS, ELIGIBLE,
                ONCE_A_WEEK);

        assertEquals(List.of(), lines.get(0).flags());
        assertEquals(8000, lines.get(0).subsidyOre());
        assertEquals("PENSIONER", lines.get(0).basis());
    }

    @Test
    void eachRuleIsCheckedAndAFlaggedTripClaimsNothing() {
        List<TripLine> lines = TripCalculator.lines(List.of(trip(1, "2026-11-06", "okand"),
                trip(1, "2026-11-06", "stina"), trip(1, "2026-11-06", null)), ALWAYS, ELIGIBLE, ONCE_A_WEEK);

        assertEquals(List.of("NOT_APPROVED"), flags(lines, 1, "okand"));
        assertEquals(List.of("NOT_ELIGIBLE"), flags(lines, 1, "stina"), "long distance is not a basis here");
        assertEquals(List.of("HOUSEHOLD_UNKNOWN"), flags(lines, 1, null));
        assertEquals(0, lines.stream().mapToLong(TripLine::subsidyOre).sum());
    }

    @Test
    void theWeeklyLimitCountsQualifyingTripsPerHouseholdAndIsoWeek() {
        List<TripLine> lines = TripCalculator.lines(List.of(trip(3, "2026-11-13", "elsa"),
                trip(2, "2026-11-10", "elsa"), trip(1, "2026-11-06", "elsa"), trip(4, "2026-11-09", "okand")),
                ALWAYS, ELIGIBLE, ONCE_A_WEEK);

        assertEquals(List.of(1L, 4L, 2L, 3L), lines.stream().map(TripLine::slotId).toList(), "in the order they ran");
        assertEquals(List.of(), flags(lines, 1, "elsa"), "week 45");
        assertEquals(List.of(), flags(lines, 2, "elsa"), "week 46: an unapproved household uses up nothing");
        assertEquals(List.of("TOO_FREQUENT"), flags(lines, 3, "elsa"), "the second in week 46");
    }

    @Test
    void withoutTheApprovalRuleEveryKnownHouseholdQualifies() {
        TripSubsidySettings anyone = new TripSubsidySettings(5000, false, 0);
        List<TripLine> lines = TripCalculator.lines(List.of(trip(1, "2026-11-06", "okand"),
                trip(2, "2026-11-07", "okand"), trip(2, "2026-11-07", null)), ALWAYS, ELIGIBLE, anyone);

        assertEquals(List.of(), flags(lines, 1, "okand"));
        assertEquals(List.of(), flags(lines, 2, "okand"), "no weekly limit");
        assertEquals(List.of("HOUSEHOLD_UNKNOWN"), flags(lines, 2, null), "still needs an address");
        assertEquals(10000, lines.stream().mapToLong(TripLine::subsidyOre).sum());
        assertEquals(null, lines.get(0).basis());
    }

    @Test
    void aHouseholdsBookingsOfOneOccasionAreOneTripWithTheirSeats() {
        Map<Long, String> villages = Map.of(7L, "Laisvall");
        Instant friday = Instant.parse("2026-11-06T09:00:00Z");
        List<Trip> trips = ShoppingTripReports.perHousehold(List.of(
                new TripBooking(1, 3, 9, "Handlarrundan", 50, friday, 2, "Elsa", "Byvägen 3", "93090", 7L),
                new TripBooking(2, 3, 9, "Handlarrundan", 50, friday, 1, "Elsa L", " byvägen  3 ", "930 90", 7L),
                new TripBooking(3, 3, 9, "Handlarrundan", 50, friday, 1, null, null, null, null),
                new TripBooking(4, 3, 9, "Handlarrundan", 50, friday, 1, null, null, null, null)), villages);

        assertEquals(3, trips.size(), "one household with two bookings, two bookings without an address");
        assertEquals(3, trips.get(0).seats());
        assertEquals("byvägen 3|93090|laisvall", trips.get(0).household());
        assertEquals(LocalDate.of(2026, 11, 6), trips.get(0).date());
        assertEquals(null, trips.get(1).household());
    }
}
