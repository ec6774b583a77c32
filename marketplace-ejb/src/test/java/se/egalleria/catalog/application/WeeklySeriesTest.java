package se.egalleria.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.shared.InvalidInputException;

class WeeklySeriesTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 10, 13);

    @Test
    void everyFridayAtTenSwedishTimeAcrossTheEndOfSummerTime() {
        WeeklySeries series = WeeklySeries.check(new WeeklySlotsInput("friday", "10:00", 8, 3, null), TUESDAY);

        assertEquals(DayOfWeek.FRIDAY, series.weekday());
        assertEquals(List.of(Instant.parse("2026-10-16T08:00:00Z"), Instant.parse("2026-10-23T08:00:00Z"),
                        Instant.parse("2026-10-30T09:00:00Z")),
                series.starts(Instant.parse("2026-10-13T12:00:00Z")),
                "10:00 in Sweden: UTC+2 in summer, UTC+1 from 25 October");
    }

    @Test
    void todaysOccasionThatHasPassedStartsTheSeriesAWeekLater() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        WeeklySeries series = WeeklySeries.check(new WeeklySlotsInput("FRIDAY", "10:00", 8, 2, null), friday);

        assertEquals(List.of(Instant.parse("2026-12-11T09:00:00Z"), Instant.parse("2026-12-18T09:00:00Z")),
                series.starts(Instant.parse("2026-12-04T09:30:00Z")));
        assertEquals(Instant.parse("2026-12-04T09:00:00Z"), series.starts(Instant.parse("2026-12-04T08:59:00Z")).get(0),
                "still to come today: it is the first");
    }

    @Test
    void aLaterFirstDayIsObeyed() {
        WeeklySeries series = WeeklySeries.check(new WeeklySlotsInput("MONDAY", "08:30", 4, 1, "2026-11-01"), TUESDAY);

        assertEquals(List.of(Instant.parse("2026-11-02T07:30:00Z")), series.starts(Instant.parse("2026-10-13T12:00:00Z")));
    }

    @Test
    void mistakesNameTheirField() {
        assertEquals("weekday", field(new WeeklySlotsInput("fredag", "10:00", 8, 4, null)));
        assertEquals("time", field(new WeeklySlotsInput("FRIDAY", "kl tio", 8, 4, null)));
        assertEquals("time", field(new WeeklySlotsInput("FRIDAY", null, 8, 4, null)));
        assertEquals("capacity", field(new WeeklySlotsInput("FRIDAY", "10:00", 0, 4, null)));
        assertEquals("weeks", field(new WeeklySlotsInput("FRIDAY", "10:00", 8, 53, null)));
        assertEquals("weeks", field(new WeeklySlotsInput("FRIDAY", "10:00", 8, 0, null)));
        assertEquals("from", field(new WeeklySlotsInput("FRIDAY", "10:00", 8, 4, "2026-10-12")));
        assertEquals("from", field(new WeeklySlotsInput("FRIDAY", "10:00", 8, 4, "i morgon")));
        assertEquals(52, WeeklySeries.check(new WeeklySlotsInput("FRIDAY", "10:00", 8, 52, null), TUESDAY)
                .starts(Instant.parse("2026-10-13T12:00:00Z")).size());
    }

    private static String field(WeeklySlotsInput input) {
        return assertThrows(InvalidInputException.class, () -> WeeklySeries.check(input, TUESDAY)).field();
    }
}
