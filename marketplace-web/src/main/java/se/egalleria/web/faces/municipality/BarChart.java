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

    /**
     * One label and the bars under it (one, or one per series). The value goes on a line of its own
     * ({@code valueText} at {@code valueY}) when the labels are too long to share a line with it at
     * 320 px; otherwise {@code valueText} is null.
     */
    public record Bar(String text, int textY, String valueText, int valueY, List<Rect> rects) {
    }

    /** A bar: width in percent of the chart, y in pixels, and its series' CSS class (its colour). */
    public record Rect(String width, int y, int height, String styleClass) {
    }

    /** One series of a grouped chart: its name in the legend, its value per row, its colour class. */
    public record Series<T>(String name, ToLongFunction<T> value, String styleClass) {
    }

    private static final int TEXT = 14;
    private static final int LINE = 18;
    private static final int ROW = 36;
    private static final int GROUPED_BAR = 8;
    /** About what fits on one line of a 320 px wide phone at the chart's font size. */
    static final int LINE_CHARS = 30;

    public static <T> BarChart of(List<T> rows, Function<T, String> label, ToLongFunction<T> value) {
        return of(rows, label, value, Long::toString);
    }

    /** With the value written by {@code format} in the label, e.g. öre as "1 250 kr". */
    public static <T> BarChart of(List<T> rows, Function<T, String> label, ToLongFunction<T> value,
                                  LongFunction<String> format) {
        long max = rows.stream().mapToLong(value).max().orElse(0);
        boolean twoLines = rows.stream().anyMatch(r -> (label.apply(r) + ": " + format.apply(value.applyAsLong(r)))
                .length() > LINE_CHARS);
        int row = twoLines ? ROW + LINE : ROW;
        int barOffset = twoLines ? 19 + LINE : 19;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            long v = value.applyAsLong(rows.get(i));
            String name = label.apply(rows.get(i));
            Rect rect = new Rect(width(v, max), i * row + barOffset, 12, "series-0");
            bars.add(twoLines
                    ? new Bar(shortened(name), i * row + TEXT, format.apply(v), i * row + TEXT + LINE, List.of(rect))
                    : new Bar(name + ": " + format.apply(v), i * row + TEXT, null, 0, List.of(rect)));
        }
        return new BarChart(bars, Math.max(rows.size() * row, 1), List.of());
    }

    /** A name cut to one phone line; the table beside the chart has it in full. */
    static String shortened(String name) {
        return name.length() <= LINE_CHARS ? name : name.substring(0, LINE_CHARS - 1).stripTrailing() + "…";
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
            bars.add(new Bar(shortened(label.apply(row)), top + TEXT, null, 0, rects));
        }
        return new BarChart(bars, Math.max(rows.size() * rowHeight, 1), List.copyOf(series));
    }

    private static String width(long v, long max) {
        // A bar for any non-zero value stays visible, however small next to the largest.
        double percent = max == 0 ? 0 : Math.max(v * 100.0 / max, v > 0 ? 0.5 : 0);
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }
}
