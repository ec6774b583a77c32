package se.egalleria.web.faces.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.servicepoint.application.CoverageReport;
import se.egalleria.servicepoint.application.VillageCoverage;

/** The plot keeps north up, scales longitude by cos(latitude), and draws the limit at the same scale. */
class CoveragePlotTest {

    @Test
    void equalDistancesLookEqualNorthOfTheArcticCircle() {
        // Two villages one degree of latitude apart and two one degree of longitude apart, at 66° N.
        CoverageReport report = new CoverageReport(30, List.of(
                village("Söder", "66.0", "17.0", true), village("Norr", "67.0", "17.0", false),
                village("Öster", "66.0", "18.0", false)), 0, 0);
        CoveragePlot plot = CoveragePlot.of(report);

        CoveragePlot.Mark south = plot.marks().get(0);
        CoveragePlot.Mark north = plot.marks().get(1);
        CoveragePlot.Mark east = plot.marks().get(2);
        double degreeNorth = Double.parseDouble(south.y()) - Double.parseDouble(north.y());
        double degreeEast = Double.parseDouble(east.x()) - Double.parseDouble(south.x());
        assertTrue(degreeNorth > 0, "north is up");
        assertEquals(Math.cos(Math.toRadians(66.5)), degreeEast / degreeNorth, 0.01);
        assertTrue(north.beyond() && !south.beyond(), "beyond or within, as the report says");
        // 30 km is 30 / 111.195 of a degree of latitude.
        assertEquals(1, plot.reaches().size(), "a reach around the one service point");
        assertEquals(30 / 111.195 * degreeNorth, Double.parseDouble(plot.reaches().get(0).radius()), 0.2);
        assertTrue(plot.height() > 0 && plot.width() == 640);
    }

    @Test
    void oneVillageIsDrawnWithoutDividingByZero() {
        CoveragePlot plot = CoveragePlot.of(new CoverageReport(30, List.of(village("Ensam", "66.0", "17.0", false)),
                0, 0));
        assertEquals(1, plot.marks().size());
        assertTrue(Double.isFinite(Double.parseDouble(plot.marks().get(0).x())));
    }

    private static VillageCoverage village(String name, String lat, String lon, boolean servicePointHere) {
        return new VillageCoverage(name.hashCode(), name, new BigDecimal(lat), new BigDecimal(lon), 10, 1L, "Butik",
                servicePointHere ? 0L : 40_000L, BigDecimal.ZERO, !servicePointHere, servicePointHere ? 1L : null,
                servicePointHere ? "Butik" : null, servicePointHere ? 0L : null, null, !servicePointHere,
                servicePointHere, servicePointHere);
    }
}
