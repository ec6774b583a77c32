package se.egalleria.ordering.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteDatesTest {

    // 2026-11-24 is a Tuesday.
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    @Test
    void nextRouteDaysStartTomorrow() {
        assertEquals(List.of(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 4)),
                RouteDates.next(Set.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), TUESDAY, 3));
    }

    @Test
    void runsOverMonthAndYearEnds() {
        assertEquals(List.of(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 6)),
                RouteDates.next(Set.of(DayOfWeek.WEDNESDAY), LocalDate.of(2026, 12, 29), 2));
    }

    @Test
    void noRouteDaysNoDates() {
        assertEquals(List.of(), RouteDates.next(Set.of(), TUESDAY, 4));
    }
}
