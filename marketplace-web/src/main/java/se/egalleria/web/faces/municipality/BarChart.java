package se.egalleria.web.faces.municipality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A horizontal bar chart drawn as inline SVG: a label line above each bar, bar lengths relative to
 * the largest value. Lengths are SVG attributes (not style), so the strict Content-Security-Policy
 * allows them, and no script is needed. The page shows the same numbers in a table beside it.
 */
public record BarChart(List<Bar> bars, int height) {

    /** One bar: its text, and where it goes (width in percent of the chart, y positions in pixels). */
    public record Bar(String text, String width, int textY, int barY) {
    }

    private static final int ROW = 36;

    public static <T> BarChart of(List<T> rows, Function<T, String> label, ToLongFunction<T> value) {
        long max = rows.stream().mapToLong(value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            long v = value.applyAsLong(rows.get(i));
            // A bar for any non-zero value stays visible, however small next to the largest.
            double percent = max == 0 ? 0 : Math.max(v * 100.0 / max, v > 0 ? 0.5 : 0);
            bars.add(new Bar(label.apply(rows.get(i)) + ": " + v, String.format(Locale.ROOT, "%.1f%%",
                    percent), i * ROW + 14, i * ROW + 19));
        }
        return new BarChart(bars, Math.max(rows.size() * ROW, 1));
    }
}
