package se.egalleria.ordering.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderNumberTest {

    @Test
    void appendsLuhnCheckDigit() {
        // 7992739871 is the textbook Luhn example: its check digit is 3.
        assertEquals("79927398713", OrderNumber.of(7_992_739_871L));
        assertEquals("18", OrderNumber.of(1));
    }

    @Test
    void parsesWhatItWritesAndToleratesSpacesAndDashes() {
        assertEquals(Optional.of(1234L), OrderNumber.parse(OrderNumber.of(1234)));
        assertEquals(Optional.of(7_992_739_871L), OrderNumber.parse(" 7992-7398 713 "));
    }

    @Test
    void refusesMistypedNumbers() {
        assertEquals(Optional.empty(), OrderNumber.parse("79927398714"), "wrong check digit");
        assertEquals(Optional.empty(), OrderNumber.parse("79927398731"), "two digits swapped");
        assertEquals(Optional.empty(), OrderNumber.parse("abc"));
        assertEquals(Optional.empty(), OrderNumber.parse("7"));
        assertEquals(Optional.empty(), OrderNumber.parse(null));
    }
}
