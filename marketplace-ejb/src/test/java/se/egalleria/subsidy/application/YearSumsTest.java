package se.egalleria.subsidy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.tenancy.application.SubsidySettings;

class YearSumsTest {

    // 200 kr per delivery, the state's cap 100 kr, price base amount 59,200 kr.
    private static final SubsidySettings RULES = new SubsidySettings(20000, 2000, 0, 0, 1, 10000, 5920000);

    private static ReportLine line(String number, String street, long subsidy) {
        return new ReportLine(number, LocalDate.of(2026, 3, 4), "N N", street + ", 84293", "Lillhärdal", "PENSIONER",
                null, "HOME_DELIVERY", "Bussgods", "BUS_FREIGHT", 30000, 2000, subsidy, true,
                subsidy > 0 ? List.of() : List.of("TOO_FREQUENT"));
    }

    private static MonthlyReport report(String kind, String month, ReportLine... lines) {
        return new MonthlyReport("Härjedalens kommun", kind, 1, "x", "", null, null, month, List.of(lines), 0,
                lines.length, 0, 0, 0, 0, "APPROVED", "admin", null, null, 0);
    }

    @Test
    void aDeliveryInBothItsShopsAndItsCarriersReportCountsOnce() {
        ReportLine a = line("11", "Byvägen 3", 20000);
        ReportLine b = line("12", "Byvägen 3", 20000);
        ReportLine c = line("13", "Åvägen 1", 20000);
        ReportLine flagged = line("14", "Åvägen 1", 0);

        YearSummary year = YearSums.of(2026, List.of(report("SHOP", "2026-03", a, b, flagged),
                report("CARRIER", "2026-03", a, b, c, flagged)), RULES);

        assertEquals(2, year.approvedReports());
        assertEquals(3, year.deliveries());
        assertEquals(2, year.households());
        assertEquals(60000, year.paidOre());
        assertEquals(6000, year.customerFeesOre());
        assertFalse(year.reachesThreshold(), "600 kr is far below half a price base amount");
        assertEquals(0, year.stateClaimOre(), "no state subsidy below the threshold");
    }

    @Test
    void theStatesShareIsCappedPerDeliveryAndNeedsTheThreshold() {
        SubsidySettings generous = new SubsidySettings(30000, 0, 0, 0, 0, 10000, 20000);
        YearSummary year = YearSums.of(2026, List.of(report("SHOP", "2026-05", line("21", "Byvägen 3", 30000),
                line("22", "Byvägen 5", 30000))), generous);

        assertTrue(year.reachesThreshold(), "600 kr paid reaches half of a 200 kr price base amount");
        assertEquals(20000, year.stateClaimOre(), "half of 300 kr is 150 kr, capped at 100 kr, twice");
        assertEquals(60000, year.netCostOre());
        assertEquals(0, year.trips());
    }

    private static TripLine trip(long slot, String household, long subsidy) {
        return new TripLine(slot, LocalDate.of(2026, 5, 8), "Handlarrundan", household, "N N", household + ", 84293",
                "Lillhärdal", "PENSIONER", 2, subsidy, subsidy > 0 ? List.of() : List.of("TOO_FREQUENT"));
    }

    @Test
    void shoppingTripsAreCountedApartAndJoinTheCostAndTheClaim() {
        SubsidySettings rules = new SubsidySettings(30000, 0, 0, 0, 0, 10000, 20000);
        MonthlyReport may = report("SHOP", "2026-05", line("21", "Byvägen 3", 30000)).withTrips(TripSection.of(
                List.of(trip(5, "Byvägen 3", 8000), trip(5, "Åvägen 1", 8000), trip(6, "Byvägen 3", 0))));
        MonthlyReport june = report("SHOP", "2026-06").withTrips(TripSection.of(List.of(trip(9, "Åvägen 1", 25000))));

        YearSummary year = YearSums.of(2026, List.of(may, june), rules);

        assertEquals(1, year.deliveries(), "trips are not deliveries");
        assertEquals(30000, year.paidOre());
        assertEquals(3, year.trips(), "the flagged trip claims nothing and is not counted");
        assertEquals(2, year.tripHouseholds());
        assertEquals(41000, year.tripsPaidOre());
        assertEquals(71000, year.netCostOre(), "home delivery and trips together");
        assertEquals(4000 + 4000 + 10000, year.tripsStateClaimOre(), "half of each trip, capped at 100 kr");
        assertEquals(10000 + 18000, year.stateClaimOre());
    }
}
