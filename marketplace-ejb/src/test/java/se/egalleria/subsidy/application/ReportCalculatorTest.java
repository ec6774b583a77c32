package se.egalleria.subsidy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.egalleria.tenancy.application.SubsidySettings;
import org.junit.jupiter.api.Test;

class ReportCalculatorTest {

    // Härjedalen-like rules: 200 kr per delivery, 20 kr fee, at least 200 kr order, 3 km, once a week.
    private static final SubsidySettings TERMS = new SubsidySettings(20000, 2000, 20000, 3000, 1, 10000, 5920000);
    private static final Map<String, String> REGISTER = Map.of("elsa", "PENSIONER", "nils", "DISABLED");

    private static Delivered delivery(String number, LocalDate date, String household, long value, Integer metres) {
        return new Delivered(number, date, household, household, "Byvägen 3, 93090", "Laisvall", "Bussgods",
                "BUS_FREIGHT", value, 2000, true, metres);
    }

    private static List<String> flags(List<ReportLine> lines, String number) {
        return lines.stream().filter(l -> l.orderNumber().equals(number)).findFirst().orElseThrow().flags();
    }

    @Test
    void aQualifyingDeliveryClaimsTheMunicipalitysPayment() {
        List<ReportLine> lines = ReportCalculator.lines(List.of(delivery("10", LocalDate.of(2026, 11, 3), "elsa",
                25000, 45000)), REGISTER, TERMS);

        assertEquals(List.of(), lines.get(0).flags());
        assertEquals(20000, lines.get(0).subsidyOre());
        assertEquals("PENSIONER", lines.get(0).basis());
    }

    @Test
    void eachRuleIsCheckedAndFlagged() {
        List<ReportLine> lines = ReportCalculator.lines(List.of(
                delivery("20", LocalDate.of(2026, 11, 3), "okand", 25000, 45000),
                delivery("30", LocalDate.of(2026, 11, 4), "nils", 19999, 45000),
                delivery("40", LocalDate.of(2026, 11, 5), "elsa", 25000, 2999),
                delivery("50", LocalDate.of(2026, 11, 6), "elsa", 25000, 45000)), REGISTER, TERMS);

        assertEquals(List.of("NOT_APPROVED"), flags(lines, "20"));
        assertEquals(List.of("BELOW_MINIMUM"), flags(lines, "30"));
        assertEquals(List.of("TOO_CLOSE"), flags(lines, "40"));
        assertEquals(List.of("TOO_FREQUENT"), flags(lines, "50"), "the second delivery to Elsa that week");
        assertEquals(0, lines.stream().mapToLong(ReportLine::subsidyOre).sum());
    }

    @Test
    void theWeekLimitCountsIsoWeeksPerHousehold() {
        // Sunday 8 and Monday 9 November 2026 are in different ISO weeks.
        List<ReportLine> lines = ReportCalculator.lines(List.of(
                delivery("60", LocalDate.of(2026, 11, 8), "elsa", 25000, null),
                delivery("70", LocalDate.of(2026, 11, 9), "elsa", 25000, null),
                delivery("80", LocalDate.of(2026, 11, 9), "nils", 25000, null)), REGISTER, TERMS);

        assertEquals(60000, lines.stream().mapToLong(ReportLine::subsidyOre).sum());
    }

    @Test
    void distancesMatchKnownCoordinates() {
        // Arjeplog – Laisvall: about 35 km as the crow flies.
        int metres = ReportCalculator.distanceMeters(66.0517, 17.8861, 66.0833, 17.1667);
        assertEquals(true, metres > 32000 && metres < 36000, metres + " m");
        assertEquals(0, ReportCalculator.distanceMeters(66.0, 17.0, 66.0, 17.0));
    }
}
