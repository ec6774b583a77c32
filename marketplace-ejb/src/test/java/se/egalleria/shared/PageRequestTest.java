package se.egalleria.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void blankOrMissingMeansFirstPageOfDefaultSize() {
        assertEquals(new PageRequest(0, 20), PageRequest.parse(null, null));
        assertEquals(new PageRequest(0, 20), PageRequest.parse("", "  "));
    }

    @Test
    void parsesNumbersIgnoringSurroundingSpace() {
        assertEquals(new PageRequest(3, 50), PageRequest.parse(" 3 ", "50"));
        assertEquals(new PageRequest(0, 100), PageRequest.parse("0", "100"));
    }

    @Test
    void nonNumberNamesTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PageRequest.parse("two", null));
        assertEquals("page", e.field());
        assertEquals("error.page.notNumber", e.messageKey());
        assertEquals(List.of(), e.arguments());

        InvalidInputException size = assertThrows(InvalidInputException.class, () -> PageRequest.parse("1", "1.5"));
        assertEquals("size", size.field());
        assertEquals("error.page.notNumber", size.messageKey());
    }

    @Test
    void numberBeyondIntIsNotAcceptedAsANumber() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PageRequest.parse("99999999999", null));
        assertEquals("page", e.field());
        assertEquals("error.page.notNumber", e.messageKey());
    }

    @Test
    void negativePageIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PageRequest.parse("-1", null));
        assertEquals("page", e.field());
        assertEquals("error.page.negative", e.messageKey());
    }

    @Test
    void sizeMustBeBetweenOneAndMax() {
        for (String size : List.of("0", "-5", "101")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> PageRequest.parse(null, size),
                    size);
            assertEquals("size", e.field());
            assertEquals("error.page.size", e.messageKey());
            assertEquals(List.of(100), e.arguments());
        }
    }

    @Test
    void offsetSkipsTheEarlierPages() {
        assertEquals(0, PageRequest.first(20).offset());
        assertEquals(60, new PageRequest(3, 20).offset());
        assertEquals(10, PageRequest.first(10).size());
    }

    @Test
    void aPageSoFarOutThatItsOffsetWouldOverflowIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PageRequest.parse("21474837", "100"));
        assertEquals("page", e.field());
        assertEquals("error.page.tooLarge", e.messageKey());
        assertEquals(2_147_483_600L - 100, (long) PageRequest.parse("21474835", "100").offset());
    }
}
