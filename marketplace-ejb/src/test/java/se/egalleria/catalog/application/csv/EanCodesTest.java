package se.egalleria.catalog.application.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EanCodesTest {

    @Test
    void checkDigitOfKnownCodes() {
        assertEquals(3, se.egalleria.catalog.domain.Ean.checkDigit("731086500470"));
        assertEquals(4, se.egalleria.catalog.domain.Ean.checkDigit("9638507"));
        assertEquals(1, se.egalleria.catalog.domain.Ean.checkDigit("400638133393"));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "7310865004703|7310865004703",
            "96385074|96385074",
            "4006381333931|4006381333931",
            "7 310865 004703|7310865004703",
            "7310\u00a0865\u00a0004703|7310865004703",
            "0000000000000|0000000000000"})
    void acceptsValidCodes(String written, String digits) {
        assertEquals(digits, EanCodes.parse(written));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "7310865004704|csv.error.ean.checkDigit",
            "7310865004730|csv.error.ean.checkDigit",
            "96385075|csv.error.ean.checkDigit",
            "731086500470|csv.error.ean.invalid",
            "73108650047031|csv.error.ean.invalid",
            "731086500470X|csv.error.ean.invalid",
            "7310-8650-0470-3|csv.error.ean.invalid",
            "7,31087E+12|csv.error.ean.excelNumber",
            "7.310865E12|csv.error.ean.excelNumber"})
    void refusesInvalidCodes(String written, String messageKey) {
        assertEquals(messageKey, assertThrows(InvalidValue.class, () -> EanCodes.parse(written)).messageKey());
    }
}
