package se.egalleria.subsidy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import se.egalleria.tenancy.application.SubsidySettings;
import org.junit.jupiter.api.Test;

class ReportCalculatorTest {

    // Härjedalen-like rules: 200 kr per delivery, 20 kr fee, at least 200 kr order, 3 km, once a week.
    private static final SubsidySettings TERMS = new SubsidySettings(20000, 2000, 20000, 3000, 1, 10000, 5920000);
    private static final SubsidySettings TWICE_A_WEEK = new SubsidySettings(12000, 2000, 0, 0, 2, 10000, 5920000);
    private static final Map<String, String> REGISTER = Map.of("elsa", "PENSIONER", "nils", "DISABLED",
            "stina", "LONG_DISTANCE");
    private static final BiFunction<String, LocalDate, String> ALWAYS = (household, day) -> REGISTER.get(household);
    private static final Set<String> ELIGIBLE = Set.of("PENSIONER", "DISABLED");

    private static Delivered delivery(String number, LocalDate date, String household, long value, Integer metres) {
        return new Delivered(1, 7L, number, date, household, household, "Byvägen 3, 93090", "Laisvall", "Bussgods",
                "BUS_FREIGHT", value, 2000, true, metres);
    }

    private static List<String> flags(List<ReportLine> lines, String number) {
        return lines.stream().filter(l -> l.orderNumber().equals(number)).findFirst().orElseThrow().flags();
    }

    private static List<ReportLine> lines(SubsidySettings terms, Delivered... deliveries) {
        return ReportCalculator.lines(List.of(deliveries), ALWAYS, ELIGIBLE, terms);
    }

    @Test
    void aQualifyingDeliveryClaimsTheMunicipalitysPayment() {
        List<ReportLine> lines = lines(TERMS, delivery("10", LocalDate.of(2026, 11, 3), "elsa", 25000, 45000));

        assertEquals(List.of(), lines.get(0).flags());
        assertEquals(20000, lines.get(0).subsidyOre());
        assertEquals("PENSIONER", lines.get(0).basis());
    }

    @Test
    void eachRuleIsCheckedAndFlagged() {
        List<ReportLine> lines = lines(TERMS,
                delivery("20", LocalDate.of(2026, 11, 3), "okand", 25000, 45000),
                delivery("30", LocalDate.of(2026, 11, 4), "nils", 19999, 45000),
                delivery("40", LocalDate.of(2026, 11, 5), "elsa", 25000, 2999),
                delivery("50", LocalDate.of(2026, 11, 6), "elsa", 25000, 45000),
                delivery("55", LocalDate.of(2026, 11, 6), "elsa", 25000, 45000),
                delivery("58", LocalDate.of(2026, 11, 6), "stina", 25000, 45000));

        assertEquals(List.of("NOT_APPROVED"), flags(lines, "20"));
        assertEquals(List.of("BELOW_MINIMUM"), flags(lines, "30"));
        assertEquals(List.of("TOO_CLOSE"), flags(lines, "40"));
        assertEquals(List.of(), flags(lines, "50"), "a flagged delivery does not use up the week");
        assertEquals(List.of("TOO_FREQUENT"), flags(lines, "55"), "the second qualifying delivery to Elsa that week");
        assertEquals(List.of("NOT_ELIGIBLE"), flags(lines, "58"), "long distance is not a basis here");
        assertEquals(20000, lines.stream().mapToLong(ReportLine::subsidyOre).sum());
    }

    @Test
    void theLimitsAreInclusive() {
        List<ReportLine> lines = lines(TERMS,
                delivery("1", LocalDate.of(2026, 11, 3), "elsa", 20000, 3000),
                delivery("2", LocalDate.of(2026, 11, 10), "nils", 20000, 3000));

        assertEquals(List.of(), flags(lines, "1"), "exactly the minimum order and exactly 3 km qualify");
        assertEquals(List.of(), flags(lines, "2"));
    }

    @Test
    void theWeekLimitCountsIsoWeeksPerHousehold() {
        // Sunday 8 and Monday 9 November 2026 are in different ISO weeks.
        List<ReportLine> lines = lines(TERMS,
                delivery("60", LocalDate.of(2026, 11, 8), "elsa", 25000, null),
                delivery("70", LocalDate.of(2026, 11, 9), "elsa", 25000, null),
                delivery("80", LocalDate.of(2026, 11, 9), "nils", 25000, null));

        assertEquals(60000, lines.stream().mapToLong(ReportLine::subsidyOre).sum());
    }

    @Test
    void aWeekThatSpansTwoMonthsIsOneWeek() {
        // Monday 30 November and Tuesday 1 December 2026: one ISO week, two report months.
        List<ReportLine> lines = lines(TERMS,
                delivery("90", LocalDate.of(2026, 11, 30), "elsa", 25000, null),
                delivery("91", LocalDate.of(2026, 12, 1), "elsa", 25000, null));

        assertEquals(List.of("TOO_FREQUENT"), flags(lines, "91"));
    }

    @Test
    void twiceAWeekAllowsTheSecondButNotTheThird() {
        List<ReportLine> lines = lines(TWICE_A_WEEK,
                delivery("100", LocalDate.of(2026, 11, 2), "elsa", 5000, null),
                delivery("101", LocalDate.of(2026, 11, 4), "elsa", 5000, null),
                delivery("102", LocalDate.of(2026, 11, 6), "elsa", 5000, null));

        assertEquals(List.of(), flags(lines, "101"));
        assertEquals(List.of("TOO_FREQUENT"), flags(lines, "102"));
        assertEquals(24000, lines.stream().mapToLong(ReportLine::subsidyOre).sum());
    }

    @Test
    void anApprovalCoversOnlyItsDays() {
        BiFunction<String, LocalDate, String> fromTheTenth = (household, day) ->
                day.isBefore(LocalDate.of(2026, 11, 10)) ? null : "PENSIONER";
        List<ReportLine> lines = ReportCalculator.lines(List.of(
                delivery("110", LocalDate.of(2026, 11, 9), "elsa", 25000, null),
                delivery("111", LocalDate.of(2026, 11, 10), "elsa", 25000, null)), fromTheTenth, ELIGIBLE, TERMS);

        assertEquals(List.of("NOT_APPROVED"), flags(lines, "110"));
        assertEquals(List.of(), flags(lines, "111"));
    }
}
