package se.egalleria.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.shared.InvalidInputException;

class PeriodTest {

    @Test
    void monthsRunFromFirstToLastInSwedishTime() {
        Period period = Period.of("2025-12", "2026-02");

        assertEquals(List.of(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2)), period.months());
        assertEquals(Instant.parse("2025-11-30T23:00:00Z"), period.start(), "winter: UTC+1");
        assertEquals(Instant.parse("2026-02-28T23:00:00Z"), period.end());
        assertEquals(Instant.parse("2026-06-30T22:00:00Z"), Period.start(YearMonth.of(2026, 7)), "summer: UTC+2");
    }

    @Test
    void twentyFourMonthsAtMost() {
        assertEquals(24, Period.of("2025-01", "2026-12").months().size());
        assertEquals(1, Period.of(" 2026-05 ", "2026-05").months().size());

        assertEquals("to", refused("2025-01", "2027-01").field());
        assertEquals("error.statistics.tooLong", refused("2025-01", "2027-01").messageKey());
        assertEquals("error.statistics.toBeforeFrom", refused("2026-05", "2026-04").messageKey());
        assertEquals("from", refused("2026-13", "2026-12").field());
        assertEquals("error.input.month", refused("2026-13", "2026-12").messageKey());
        assertEquals("to", refused("2026-01", null).field());
        assertEquals("from", refused("januari", "2026-12").field());
    }

    private static InvalidInputException refused(String from, String to) {
        return assertThrows(InvalidInputException.class, () -> Period.of(from, to));
    }
}
