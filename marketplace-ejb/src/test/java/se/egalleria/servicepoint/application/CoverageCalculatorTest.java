package se.egalleria.servicepoint.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.servicepoint.application.CoverageCalculator.ShopPlace;
import se.egalleria.tenancy.application.VillageSummary;

/**
 * Coverage distances against Arjeplog's villages as tenant-config/arjeplog/municipality.yaml places
 * them. Expected values worked out by hand with the haversine formula (R = 6371 km):
 * <ul>
 * <li>Arjeplog (66.0517, 17.8861) – Laisvall (66.0833, 17.1667): Δφ = 0.0316° = 0.000552 rad,
 *     Δλ = 0.7194° = 0.012556 rad, cos φ1 · cos φ2 = 0.40591 · 0.40541 = 0.16456;
 *     a = sin²(0.000276) + 0.16456 · sin²(0.006278) = 7.6e-8 + 6.486e-6 = 6.562e-6;
 *     d = 2R · asin(√a) = 2 · 6371 · 0.0025616 = 32.64 km.</li>
 * <li>Arjeplog – Mellanström (65.9573, 18.3860): Δφ = −0.0944°, Δλ = 0.4999°, cos φ1 · cos φ2 = 0.16538;
 *     a = 6.79e-7 + 0.16538 · sin²(0.004362) = 6.79e-7 + 3.147e-6 = 3.826e-6; d = 2 · 6371 · 0.001956 = 24.92 km.</li>
 * </ul>
 */
class CoverageCalculatorTest {

    private static final VillageSummary ARJEPLOG = village(1, "Arjeplog", "66.0517", "17.8861");
    private static final VillageSummary LAISVALL = village(2, "Laisvall", "66.0833", "17.1667");
    private static final VillageSummary MELLANSTROM = village(3, "Mellanström", "65.9573", "18.3860");
    private static final VillageSummary SLAGNAS = village(4, "Slagnäs", "65.5800", "18.1700");
    private static final VillageSummary JACKVIK = village(5, "Jäckvik", "66.3870", "16.9700");
    private static final VillageSummary ADOLFSSTROM = village(6, "Adolfsström", "66.3000", "16.4600");
    private static final List<VillageSummary> VILLAGES = List.of(ADOLFSSTROM, ARJEPLOG, JACKVIK, LAISVALL,
            MELLANSTROM, SLAGNAS);

    @Test
    void distancesMatchTheHandWorkedHaversine() {
        assertEquals(32.6, ARJEPLOG.metresTo(LAISVALL) / 1000.0, 0.5);
        assertEquals(24.9, ARJEPLOG.metresTo(MELLANSTROM) / 1000.0, 0.5);
        assertEquals(ARJEPLOG.metresTo(LAISVALL), LAISVALL.metresTo(ARJEPLOG));
    }

    @Test
    void eachVillageGetsItsNearestShopAndServicePoint() {
        // Arjeplog's demo shops: one service point in Arjeplog, none elsewhere, a shop in Slagnäs.
        CoverageReport report = CoverageCalculator.coverage(VILLAGES, List.of(
                new ShopPlace(10, "Fjällboden", ARJEPLOG.id(), true),
                new ShopPlace(11, "Silverhantverk", ARJEPLOG.id(), false),
                new ShopPlace(12, "Slagnäs Livs", SLAGNAS.id(), false)), 30);

        VillageCoverage mellanstrom = row(report, "Mellanström");
        assertEquals("Fjällboden", mellanstrom.nearestShop(), "Arjeplog (24.9 km) is nearer than Slagnäs (43 km)");
        assertEquals(24.9, mellanstrom.shopMetres() / 1000.0, 0.5);
        assertEquals(new BigDecimal("24.9"), mellanstrom.shopKm());
        assertFalse(mellanstrom.beyondLimit());

        VillageCoverage laisvall = row(report, "Laisvall");
        assertEquals(32.6, laisvall.shopMetres() / 1000.0, 0.5);
        assertEquals(32.6, laisvall.servicePointMetres() / 1000.0, 0.5);
        assertTrue(laisvall.shopBeyondLimit() && laisvall.servicePointBeyondLimit(), "32.6 km is beyond 30 km");
        assertFalse(laisvall.hasShop());

        VillageCoverage arjeplog = row(report, "Arjeplog");
        assertEquals(0L, arjeplog.shopMetres());
        assertEquals(0L, arjeplog.servicePointMetres());
        assertTrue(arjeplog.hasShop() && arjeplog.hasServicePoint());

        VillageCoverage slagnas = row(report, "Slagnäs");
        assertEquals("Slagnäs Livs", slagnas.nearestShop());
        assertEquals(0L, slagnas.shopMetres());
        assertEquals("Fjällboden", slagnas.nearestServicePoint());
        assertTrue(slagnas.servicePointBeyondLimit() && !slagnas.shopBeyondLimit());
        assertEquals(List.of("Adolfsström", "Arjeplog", "Jäckvik", "Laisvall", "Mellanström", "Slagnäs"),
                report.villages().stream().map(VillageCoverage::village).toList(), "the villages' own order");
    }

    @Test
    void theLimitDecidesWhatIsHighlighted() {
        List<ShopPlace> shops = List.of(new ShopPlace(10, "Fjällboden", ARJEPLOG.id(), true));
        assertTrue(row(CoverageCalculator.coverage(VILLAGES, shops, 30), "Laisvall").beyondLimit());
        assertFalse(row(CoverageCalculator.coverage(VILLAGES, shops, 33), "Laisvall").beyondLimit());
        CoverageReport at40 = CoverageCalculator.coverage(VILLAGES, shops, 40);
        // Beyond 40 km of Arjeplog: Slagnäs (54.0), Jäckvik (55.5), Adolfsström (69.8).
        assertEquals(3, at40.villagesBeyondShopLimit());
        assertEquals(3, at40.villagesBeyondServicePointLimit());
    }

    @Test
    void withoutServicePointsEveryVillageIsBeyondAndHasNoDistance() {
        CoverageReport report = CoverageCalculator.coverage(VILLAGES,
                List.of(new ShopPlace(12, "Slagnäs Livs", SLAGNAS.id(), false)), 30);
        VillageCoverage slagnas = row(report, "Slagnäs");
        assertNull(slagnas.nearestServicePoint());
        assertNull(slagnas.servicePointMetres());
        assertNull(slagnas.servicePointKm());
        assertTrue(slagnas.servicePointBeyondLimit());
        assertEquals(6, report.villagesBeyondServicePointLimit());
        assertEquals(5, report.villagesBeyondShopLimit(), "all but Slagnäs itself; Mellanström is 43 km away");
    }

    private static VillageCoverage row(CoverageReport report, String village) {
        return report.villages().stream().filter(v -> v.village().equals(village)).findFirst().orElseThrow();
    }

    private static VillageSummary village(long id, String name, String latitude, String longitude) {
        return new VillageSummary(id, name, new BigDecimal(latitude), new BigDecimal(longitude), 10);
    }
}
