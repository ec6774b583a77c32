package se.egalleria.web.faces.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private record Row(String name, long a, long b) {
    }

    @Test
    void barsAreRelativeToTheLargestWithTheValueInTheLabel() {
        BarChart chart = BarChart.of(List.of(new Row("Laisvall", 4, 0), new Row("Slagnäs", 1, 0),
                new Row("Jäckvik", 0, 0)), Row::name, Row::a);

        assertEquals(List.of("Laisvall: 4", "Slagnäs: 1", "Jäckvik: 0"),
                chart.bars().stream().map(BarChart.Bar::text).toList());
        assertEquals(List.of("100.0%", "25.0%", "0.0%"),
                chart.bars().stream().map(b -> b.rects().get(0).width()).toList());
        assertNull(chart.bars().get(0).valueText());
        assertEquals(3 * 36, chart.height());
    }

    @Test
    void longLabelsPutTheValueOnALineOfItsOwnSoThatAPhoneShowsIt() {
        BarChart chart = BarChart.of(List.of(new Row("Fjällboden Lanthandel och Café", 1_234_550, 0),
                new Row("Affären", 50, 0)), Row::name, Row::a, ore -> ore / 100 + " kr");

        assertEquals("Fjällboden Lanthandel och Café", chart.bars().get(0).text());
        assertEquals("12345 kr", chart.bars().get(0).valueText());
        assertEquals(chart.bars().get(0).textY() + 18, chart.bars().get(0).valueY());
        assertEquals("Affären", chart.bars().get(1).text(), "one layout for the whole chart");
        assertEquals("Ett mycket långt namn på en t…",
                BarChart.shortened("Ett mycket långt namn på en tjänst som inte får plats"));
    }

    @Test
    void aGroupedChartHasABarPerSeriesOnOneScaleAndALegend() {
        BarChart chart = BarChart.grouped(List.of(new Row("2026-11", 4, 2), new Row("2026-12", 0, 1)), Row::name,
                List.of(new BarChart.Series<>("Hem", Row::a, "series-0"), new BarChart.Series<>("Butik", Row::b,
                        "series-1")));

        assertEquals(List.of("100.0%", "50.0%"), chart.bars().get(0).rects().stream().map(BarChart.Rect::width).toList());
        assertEquals(List.of("0.0%", "25.0%"), chart.bars().get(1).rects().stream().map(BarChart.Rect::width).toList());
        assertEquals(List.of("series-0", "series-1"),
                chart.bars().get(1).rects().stream().map(BarChart.Rect::styleClass).toList());
        assertEquals(List.of("Hem", "Butik"), chart.legend().stream().map(BarChart.Series::name).toList());
        assertEquals("2026-11", chart.bars().get(0).text());
    }
}
