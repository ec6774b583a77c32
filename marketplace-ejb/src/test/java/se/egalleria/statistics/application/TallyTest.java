package se.egalleria.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.egalleria.tenancy.application.CarrierSummary;
import se.egalleria.tenancy.application.VillageSummary;

class TallyTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = YearMonth.of(2026, 12);
    private static final Instant END = Instant.parse("2027-01-01T00:00:00Z");
    private static final SubsidyCover COVER = new SubsidyCover(List.of(
            new OrderCounts.Approval("byvägen 3|93090|laisvall", null, null)));

    private static DeliveryFigures figures() {
        Period period = Period.of("2026-11", "2026-12");
        Tally tally = new Tally(period.months(), Map.of(1L, "Laisvall", 2L, "Slagnäs", 3L, "Jäckvik"));
        tally.addresses(NOV, List.of(new OrderCounts.AddressCount("Byvägen 3", "93090", 1, 2),
                new OrderCounts.AddressCount("Sjövägen 1", "93091", 2, 1)), END, COVER);
        tally.addresses(DEC, List.of(new OrderCounts.AddressCount("BYVÄGEN  3", "930 90", 1, 1)), END, COVER);
        tally.pickups(DEC, List.of(new OrderCounts.ShopCount(20, 4)));
        tally.shopsAndCarriers(List.of(new OrderCounts.ShopCarrierCount(10, 100L, 3),
                new OrderCounts.ShopCarrierCount(20, 200L, 1)));
        return tally.figures(period, List.of(new VillageSummary(1, "Laisvall", null, null, 80),
                new VillageSummary(2, "Slagnäs", null, null, 60), new VillageSummary(3, "Jäckvik", null, null, 50)),
                Map.of(10L, "Ängsbo Handel", 20L, "Affären", 30L, "Zäta Livs"),
                List.of(new CarrierSummary(100, "bussgods", "Bussgods", "BUS_FREIGHT", null, null),
                        new CarrierSummary(200, "posten", "Posten", "POSTAL_SERVICE", null, null)));
    }

    @Test
    void countsAddUpPerMonthVillageShopAndCarrier() {
        DeliveryFigures f = figures();

        assertEquals(4, f.homeDeliveries());
        assertEquals(4, f.pickups());
        assertEquals(2, f.households(), "Byvägen 3 in November and December is one household");
        assertEquals(3, f.subsidisedDeliveries());
        assertEquals(new BigDecimal("75.0"), f.subsidisedPercent());
        assertEquals(List.of(new MonthFigures("2026-11", 3, 0, 2, 2, new BigDecimal("66.7")),
                new MonthFigures("2026-12", 1, 4, 1, 1, new BigDecimal("100.0"))), f.months());
        assertEquals(List.of(new VillageFigures(1, "Laisvall", 3, 1, 3, new BigDecimal("100.0"),
                        List.of(new VillageMonth("2026-11", 2, 2), new VillageMonth("2026-12", 1, 1))),
                new VillageFigures(2, "Slagnäs", 1, 1, 0, new BigDecimal("0.0"),
                        List.of(new VillageMonth("2026-11", 1, 0), new VillageMonth("2026-12", 0, 0))),
                new VillageFigures(3, "Jäckvik", 0, 0, 0, null,
                        List.of(new VillageMonth("2026-11", 0, 0), new VillageMonth("2026-12", 0, 0)))), f.villages());
        assertEquals(List.of(new ShopFigures(20, "Affären", 1, 4), new ShopFigures(30, "Zäta Livs", 0, 0),
                new ShopFigures(10, "Ängsbo Handel", 3, 0)), f.shops(), "by name, Ä after Z");
        assertEquals(List.of(new CarrierFigures(100, "Bussgods", 3), new CarrierFigures(200, "Posten", 1)),
                f.carriers());
    }

    @Test
    void theCsvIsOneTableForExcel() {
        String sv = new String(new StatisticsCsv(Locale.forLanguageTag("sv")).csv(figures()), StandardCharsets.UTF_8);
        String en = new String(new StatisticsCsv(Locale.ENGLISH).csv(figures()), StandardCharsets.UTF_8);

        assertTrue(sv.startsWith("\uFEFFIndelning;Namn;Hemsändningar;Hämtade;Hushåll;Med bidrag;Andel med bidrag (%)\r\n"
                + "Totalt;2026-11–2026-12;4;4;2;3;75,0\r\nMånad;2026-11;3;0;2;2;66,7\r\n"), sv);
        assertTrue(sv.contains("\r\nBy;Jäckvik;0;;0;0;\r\nButik;Affären;1;4;;;\r\n"), sv);
        assertTrue(sv.endsWith("\r\nTransportör;Posten;1;;;;\r\n"), sv);
        assertTrue(en.contains("\r\nTotal;2026-11–2026-12;4;4;2;3;75.0\r\n"), en);
        assertEquals("hemsandning-statistik-2026-11-2026-12.csv", StatisticsCsv.fileName(figures()));
        assertNull(Tally.percent(0, 0));
    }
}
