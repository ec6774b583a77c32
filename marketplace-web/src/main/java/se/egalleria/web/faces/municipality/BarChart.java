package se.egalleria.web.faces.municipality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * A horizontal bar chart drawn as inline SVG: a label line above each bar, bar lengths relative to
 * the largest value. Lengths are SVG attributes (not style), so the strict Content-Security-Policy
 * allows them, and no script is needed. The page shows the same numbers in a table beside it.
 * A grouped chart has a bar per series under each label (one colour each, named in the legend),
 * for comparing e.g. home delivery with pickup month by month.
 */
public record BarChart(List<Bar> bars, int height, List<Series<?>> legend) {

    /** One label line and the bars under it (one, or one per series). */
    public record Bar(String text, int textY, List<Rect> rects) {
    }

    /** A bar: width in percent of the chart, y in pixels, and its series' CSS class (its colour). */
    public record Rect(String width, int y, int height, String styleClass) {
    }

    /** One series of a grouped chart: its name in the legend, its value per row, its colour class. */
    public record Series<T>(String name, ToLongFunction<T> value, String styleClass) {
    }

    private static final int TEXT = 14;
    private static final int ROW = 36;
    private static final int GROUPED_BAR = 8;

    public static <T> BarChart of(List<T> rows, Function<T, String> label, ToLongFunction<T> value) {
        return of(rows, label, value, Long::toString);
    }

    /** With the value written by {@code format} in the label, e.g. öre as "1 250 kr". */
    public static <T> BarChart of(List<T> rows, Function<T, String> label, ToLongFunction<T> value,
                                  LongFunction<String> format) {
        long max = rows.stream().mapToLong(value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            long v = value.applyAsLong(rows.get(i));
            bars.add(new Bar(label.apply(rows.get(i)) + ": " + format.apply(v), i * ROW + TEXT,
                    List.of(new Rect(width(v, max), i * ROW + 19, 12, "series-0"))));
        }
        return new BarChart(bars, Math.max(rows.size() * ROW, 1), List.of());
    }

    /**
     * A bar per series under each row's label, all on one scale. The label holds the row's name
     * only (short enough for a phone); the numbers are in the table that goes with the chart.
     */
    public static <T> BarChart grouped(List<T> rows, Function<T, String> label, List<Series<T>> series) {
        long max = rows.stream().flatMap(r -> series.stream().map(s -> s.value().applyAsLong(r)))
                .mapToLong(Long::longValue).max().orElse(0);
        int rowHeight = TEXT + 6 + series.size() * (GROUPED_BAR + 2) + 6;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            T row = rows.get(i);
            int top = i * rowHeight;
            List<Rect> rects = new ArrayList<>();
            for (int j = 0; j < series.size(); j++) {
                rects.add(new Rect(width(series.get(j).value().applyAsLong(row), max),
                        top + TEXT + 5 + j * (GROUPED_BAR + 2), GROUPED_BAR, series.get(j).styleClass()));
            }
            bars.add(new Bar(label.apply(row), top + TEXT, rects));
        }
        return new BarChart(bars, Math.max(rows.size() * rowHeight, 1), List.copyOf(series));
    }

    private static String width(long v, long max) {
        // A bar for any non-zero value stays visible, however small next to the largest.
        double percent = max == 0 ? 0 : Math.max(v * 100.0 / max, v > 0 ? 0.5 : 0);
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }
}
