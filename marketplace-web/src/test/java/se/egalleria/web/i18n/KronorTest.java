package se.egalleria.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KronorTest {

    /** No-break space: between digit groups and before "kr". */
    private static final String NBSP = "\u00a0";

    @Test
    void wholeKronorHaveNoDecimals() {
        assertEquals("20" + NBSP + "kr", Kronor.format(2000));
        assertEquals("0" + NBSP + "kr", Kronor.format(0));
    }

    @Test
    void oreAreWrittenWithDecimalCommaAndGroupedThousands() {
        assertEquals("1" + NBSP + "234,50" + NBSP + "kr", Kronor.format(123450));
        assertEquals("1" + NBSP + "000" + NBSP + "000" + NBSP + "kr", Kronor.format(100_000_000));
        assertEquals("999" + NBSP + "kr", Kronor.format(99_900));
    }

    @Test
    void fewOreGetALeadingZero() {
        assertEquals("0,05" + NBSP + "kr", Kronor.format(5));
        assertEquals("0,10" + NBSP + "kr", Kronor.format(10));
    }

    @Test
    void negativeAmountsUseTheMinusSign() {
        assertEquals("\u22121" + NBSP + "234,50" + NBSP + "kr", Kronor.format(-123450));
        assertEquals("\u22120,05" + NBSP + "kr", Kronor.format(-5));
    }
}
