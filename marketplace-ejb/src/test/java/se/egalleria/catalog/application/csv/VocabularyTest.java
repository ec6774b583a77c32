package se.egalleria.catalog.application.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.egalleria.catalog.domain.StorageClass;
import se.egalleria.catalog.domain.Unit;
import se.egalleria.catalog.domain.VatRate;

class VocabularyTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {"25|VAT_25", "12|VAT_12", "6|VAT_6", "25%|VAT_25", "12 %|VAT_12",
            "6,00 %|VAT_6", "06|VAT_6"})
    void vat(String written, VatRate vat) {
        assertEquals(vat, Vocabulary.vat(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "24", "25,5", "0,25", "moms", "%", "125"})
    void vatOtherThanSwedishRates(String written) {
        assertEquals("csv.error.vat.invalid",
                assertThrows(InvalidValue.class, () -> Vocabulary.vat(written)).messageKey());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {"st|ST", "ST|ST", "kg|KG", "Kg|KG", "l|L", "L|L", "förp|FORP",
            "FÖRP|FORP", "forp|FORP"})
    void unit(String written, Unit unit) {
        assertEquals(unit, Vocabulary.unit(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"styck", "liter", "g", "paket"})
    void unknownUnit(String written) {
        assertEquals("csv.error.unit.invalid",
                assertThrows(InvalidValue.class, () -> Vocabulary.unit(written)).messageKey());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {"rumstemp|AMBIENT", "Rumstemperatur|AMBIENT", "ambient|AMBIENT",
            "kyl|CHILLED", "Kylvara|CHILLED", "CHILLED|CHILLED", "frys|FROZEN", "fryst|FROZEN",
            "Frysvara|FROZEN", "frozen|FROZEN"})
    void storage(String written, StorageClass storage) {
        assertEquals(storage, Vocabulary.storage(written));
    }

    @Test
    void unknownStorage() {
        assertEquals("csv.error.storage.invalid",
                assertThrows(InvalidValue.class, () -> Vocabulary.storage("kallt")).messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "Ja", "JA", "yes", "true", "TRUE", "1"})
    void visible(String written) {
        assertTrue(Vocabulary.visible(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nej", "Nej", "no", "false", "FALSE", "0"})
    void hidden(String written) {
        assertFalse(Vocabulary.visible(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"j", "n", "kanske", "2", "x"})
    void neitherYesNorNo(String written) {
        assertEquals("csv.error.visible.invalid",
                assertThrows(InvalidValue.class, () -> Vocabulary.visible(written)).messageKey());
    }

    @Test
    void stock() {
        assertEquals(Optional.empty(), Vocabulary.stock("alltid"));
        assertEquals(Optional.empty(), Vocabulary.stock("Alltid"));
        assertEquals(Optional.empty(), Vocabulary.stock("ALWAYS"));
        assertEquals(Optional.of(0), Vocabulary.stock("0"));
        assertEquals(Optional.of(17), Vocabulary.stock("17"));
        assertEquals(Optional.of(1200), Vocabulary.stock("1 200"));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {"-1|csv.error.stock.negative", "1,5|csv.error.stock.invalid",
            "många|csv.error.stock.invalid", "99999999999|csv.error.stock.invalid"})
    void badStock(String written, String messageKey) {
        assertEquals(messageKey, assertThrows(InvalidValue.class, () -> Vocabulary.stock(written)).messageKey());
    }

    @Test
    void writtenWords() {
        assertEquals("förp", Vocabulary.written(Unit.FORP));
        assertEquals("kyl", Vocabulary.written(StorageClass.CHILLED));
        assertEquals("12", Vocabulary.written(VatRate.VAT_12));
        assertEquals("alltid", Vocabulary.writtenStock(null));
        assertEquals("nej", Vocabulary.writtenVisible(false));
    }
}
