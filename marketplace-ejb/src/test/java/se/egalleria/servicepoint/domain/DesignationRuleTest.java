package se.egalleria.servicepoint.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Örnsköldsvik's rule: at least 3 of 5 criteria, and a contract that covers the day of designation. */
class DesignationRuleTest {

    private static final DesignationRule THREE_OF_FIVE = new DesignationRule(Set.of(1L, 2L, 3L, 4L, 5L), 3);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2028, 12, 31);

    @Test
    void threeOfFiveMeetTheThresholdAndTwoDoNot() {
        assertTrue(THREE_OF_FIVE.meetsThreshold(List.of(1L, 3L, 5L)));
        assertTrue(THREE_OF_FIVE.meetsThreshold(List.of(1L, 2L, 3L, 4L, 5L)));
        assertFalse(THREE_OF_FIVE.meetsThreshold(List.of(2L, 4L)));
        assertFalse(THREE_OF_FIVE.meetsThreshold(List.of()));
    }

    @Test
    void removedCriteriaAndRepeatsDoNotCount() {
        assertEquals(2, THREE_OF_FIVE.metCount(List.of(1L, 2L, 99L)));
        assertFalse(THREE_OF_FIVE.meetsThreshold(List.of(1L, 2L, 99L)));
        assertEquals(2, THREE_OF_FIVE.metCount(List.of(1L, 1L, 2L)));
    }

    @Test
    void noCriteriaMeansNoShopQualifies() {
        assertFalse(new DesignationRule(Set.of(), 0).meetsThreshold(List.of()));
    }

    @Test
    void theThresholdLiesBetweenOneAndTheNumberOfCriteria() {
        assertTrue(DesignationRule.validThreshold(1, 5));
        assertTrue(DesignationRule.validThreshold(5, 5));
        assertFalse(DesignationRule.validThreshold(0, 5));
        assertFalse(DesignationRule.validThreshold(6, 5));
        assertFalse(DesignationRule.validThreshold(1, 0));
    }

    @Test
    void aShopMeetingTheThresholdWithACurrentContractMayBeDesignated() {
        assertEquals(Optional.empty(), THREE_OF_FIVE.refusal(List.of(1L, 2L, 3L), FROM, TO, TODAY));
        assertEquals(Optional.empty(), THREE_OF_FIVE.refusal(List.of(1L, 2L, 3L), TODAY, TODAY, TODAY),
                "the first and last day count");
    }

    @Test
    void refusalsSayWhy() {
        assertEquals("error.servicePoint.belowThreshold",
                THREE_OF_FIVE.refusal(List.of(1L, 2L), FROM, TO, TODAY).orElseThrow().messageKey());
        assertEquals(List.of(2, 3), List.of(
                THREE_OF_FIVE.refusal(List.of(1L, 2L), FROM, TO, TODAY).orElseThrow().arguments()));
        assertEquals("error.servicePoint.noContract",
                THREE_OF_FIVE.refusal(List.of(1L, 2L, 3L), null, null, TODAY).orElseThrow().messageKey());
        assertEquals("error.servicePoint.contractOver",
                THREE_OF_FIVE.refusal(List.of(1L, 2L, 3L), FROM, TODAY.minusDays(1), TODAY).orElseThrow().messageKey());
        assertEquals("error.servicePoint.contractNotStarted",
                THREE_OF_FIVE.refusal(List.of(1L, 2L, 3L), TODAY.plusDays(1), TO, TODAY).orElseThrow().messageKey());
    }

    @Test
    void aMunicipalityMayAskForOtherCriteriaAndAnotherThreshold() {
        // Lindesberg-like: four criteria of its own, all four required.
        DesignationRule allFour = new DesignationRule(Set.of(10L, 11L, 12L, 13L), 4);
        assertFalse(allFour.meetsThreshold(List.of(10L, 11L, 12L)));
        assertTrue(allFour.meetsThreshold(List.of(10L, 11L, 12L, 13L)));
    }
}
