package se.egalleria.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubsidyCoverTest {

    private static final Instant MARCH = Instant.parse("2026-02-28T23:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-03-31T22:00:00Z");
    // Approved until 15 March: covered up to midnight Swedish time (UTC+1 then).
    private static final Instant AFTER_15_MARCH = Instant.parse("2026-03-15T23:00:00Z");

    private static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);

    private final SubsidyCover cover = new SubsidyCover(List.of(
            new OrderCounts.Approval("elsa", NEW_YEAR, null),
            new OrderCounts.Approval("nils", NEW_YEAR, LocalDate.of(2026, 3, 15)),
            new OrderCounts.Approval("karin", NEW_YEAR, LocalDate.of(2026, 3, 31)),
            new OrderCounts.Approval("olle", NEW_YEAR, LocalDate.of(2026, 1, 10))));

    @Test
    void aMonthIsCutWhereAnApprovalEndsInsideIt() {
        assertEquals(List.of(MARCH, AFTER_15_MARCH, APRIL), cover.pieces(MARCH, APRIL),
                "Karin's ends with the month and Olle's before it: no cut for them");
        assertEquals(List.of(APRIL, Instant.parse("2026-04-30T22:00:00Z")),
                cover.pieces(APRIL, Instant.parse("2026-04-30T22:00:00Z")));
    }

    @Test
    void aDeliveryIsCoveredUpToTheLastDayOfTheApproval() {
        assertTrue(cover.covers("elsa", APRIL), "no end");
        assertTrue(cover.covers("nils", AFTER_15_MARCH), "the piece up to 15 March");
        assertFalse(cover.covers("nils", APRIL), "the piece after it");
        assertTrue(cover.covers("karin", APRIL));
        assertFalse(cover.covers("olle", APRIL));
        assertFalse(cover.covers("unknown", MARCH));
    }

    @Test
    void aPeriodThatBeginsInsideTheMonthCutsItAndCoversFromThatDay() {
        SubsidyCover later = new SubsidyCover(List.of(
                new OrderCounts.Approval("stina", NEW_YEAR, LocalDate.of(2026, 1, 31)),
                new OrderCounts.Approval("stina", LocalDate.of(2026, 3, 16), null)));

        assertEquals(List.of(MARCH, AFTER_15_MARCH, APRIL), later.pieces(MARCH, APRIL));
        assertFalse(later.covers("stina", AFTER_15_MARCH), "between her two periods");
        assertTrue(later.covers("stina", APRIL), "her second period from 16 March");
    }
}
