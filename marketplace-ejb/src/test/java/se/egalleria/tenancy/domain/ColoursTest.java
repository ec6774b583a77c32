package se.egalleria.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColoursTest {

    @Test
    void whiteOnWhiteHasNoContrast() {
        assertEquals(1.0, Colours.contrastWithWhite("#ffffff"), 1e-9);
    }

    @Test
    void whiteOnBlackHasMostContrast() {
        assertEquals(21.0, Colours.contrastWithWhite("#000000"), 1e-9);
    }

    @Test
    void greyThatJustPassesAa() {
        double contrast = Colours.contrastWithWhite("#767676");
        assertEquals(4.54, contrast, 0.005);
        assertTrue(contrast >= Colours.MIN_TEXT_CONTRAST);
        assertTrue(Colours.contrastWithWhite("#777777") < Colours.MIN_TEXT_CONTRAST);
    }

    @Test
    void caseDoesNotMatter() {
        assertEquals(Colours.contrastWithWhite("#1d4f6e"), Colours.contrastWithWhite("#1D4F6E"), 0.0);
    }

    @Test
    void refusesWhatIsNotSixHexDigits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Colours.contrastWithWhite("#fff"));
        assertEquals("Not a colour: #fff", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Colours.contrastWithWhite("1d4f6e"));
    }
}
