package se.egalleria.web.faces.municipality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.egalleria.servicepoint.application.CoverageReport;
import se.egalleria.servicepoint.application.VillageCoverage;

/**
 * The villages drawn from their coordinates as inline SVG, without map tiles: an equirectangular
 * projection with longitude scaled by the cosine of the mean latitude (so distances look right this
 * far north), north up. Villages beyond the limit are red diamonds, others green circles; a dashed
 * circle shows the limit around each service point. Positions are SVG attributes (not style), so the
 * strict Content-Security-Policy allows them. The table on the page holds the same facts as text.
 */
public record CoveragePlot(int width, int height, List<Mark> marks, List<Reach> reaches) {

    /** A village: where it is drawn, its label, and whether it lies beyond the limit. */
    public record Mark(String x, String y, String labelX, String labelY, String label, boolean beyond,
                       String diamond) {
    }

    /** The limit drawn around a service point. */
    public record Reach(String x, String y, String radius) {
    }

    private static final int WIDTH = 640;
    private static final int PADDING = 70;
    private static final int MAX_HEIGHT = 640;
    private static final double KM_PER_DEGREE = 111.195;
    private static final double MAX_SCALE = 2000;

    public static CoveragePlot of(CoverageReport report) {
        List<VillageCoverage> villages = report.villages().stream()
                .filter(v -> v.latitude() != null && v.longitude() != null).toList();
        if (villages.isEmpty()) {
            return new CoveragePlot(WIDTH, 2 * PADDING, List.of(), List.of());
        }
        double minLat = villages.stream().mapToDouble(v -> v.latitude().doubleValue()).min().orElseThrow();
        double maxLat = villages.stream().mapToDouble(v -> v.latitude().doubleValue()).max().orElseThrow();
        double minLon = villages.stream().mapToDouble(v -> v.longitude().doubleValue()).min().orElseThrow();
        double maxLon = villages.stream().mapToDouble(v -> v.longitude().doubleValue()).max().orElseThrow();
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * cos, 1e-6);
        double spanY = Math.max(maxLat - minLat, 1e-6);
        // Pixels per degree of latitude, the same both ways, fitting the width (and a height cap).
        // A single village (no span) would give an endless scale: cap it at a few km across the plot.
        double scale = Math.min(MAX_SCALE,
                Math.min((WIDTH - 2.0 * PADDING) / spanX, (MAX_HEIGHT - 2.0 * PADDING) / spanY));
        int height = (int) Math.ceil(spanY * scale) + 2 * PADDING;
        List<Mark> marks = new ArrayList<>();
        List<Reach> reaches = new ArrayList<>();
        String radius = number(report.limitKm() / KM_PER_DEGREE * scale);
        for (VillageCoverage v : villages) {
            double x = PADDING + (v.longitude().doubleValue() - minLon) * cos * scale;
            double y = PADDING + (maxLat - v.latitude().doubleValue()) * scale;
            String diamond = number(x) + "," + number(y - 7) + " " + number(x + 7) + "," + number(y) + " "
                    + number(x) + "," + number(y + 7) + " " + number(x - 7) + "," + number(y);
            marks.add(new Mark(number(x), number(y), number(x), number(y - 11), v.village(), v.beyondLimit(),
                    diamond));
            if (v.hasServicePoint()) {
                reaches.add(new Reach(number(x), number(y), radius));
            }
        }
        return new CoveragePlot(WIDTH, height, marks, reaches);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
