package se.egalleria.catalog.application.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricesTest {

    @ParameterizedTest(name = "\"{0}\" → {1} öre")
    @CsvSource(delimiter = '|', value = {
            "12,50|1250",
            "12.50|1250",
            "12|1200",
            "12,5|1250",
            "0,99 kr|99",
            "0,99kr|99",
            "12 KR|1200",
            "1 234,50|123450",
            "1\u00a0234,50|123450",
            "1\u202f234,50|123450",
            "19:90|1990",
            "25:-|2500",
            "25,-|2500",
            "0|0",
            "0,29|29",
            "007|700",
            "1 000 000|100000000",
            "1000000,00 kr|100000000",
            "'  14,90  '|1490"})
    void parsesKronorToÖre(String written, long ore) {
        assertEquals(ore, Prices.parseOre(written));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "12,505|csv.error.price.tooManyDecimals",
            "1.234|csv.error.price.tooManyDecimals",
            "-1|csv.error.price.negative",
            "\u22121,50|csv.error.price.negative",
            "abc|csv.error.price.invalid",
            "kr|csv.error.price.invalid",
            "12,|csv.error.price.invalid",
            ",50|csv.error.price.invalid",
            "1,234.50|csv.error.price.invalid",
            "12 34|csv.error.price.invalid",
            "12 €|csv.error.price.invalid",
            "1 000 000,01|csv.error.price.tooHigh",
            "99999999999999999999|csv.error.price.tooHigh"})
    void refuses(String written, String messageKey) {
        InvalidValue invalid = assertThrows(InvalidValue.class, () -> Prices.parseOre(written));
        assertEquals(messageKey, invalid.messageKey());
        assertEquals(List.of(written), invalid.arguments());
    }

    @Test
    void formatsWithDecimalCommaAndTwoDecimals() {
        assertEquals("0,00", Prices.format(0));
        assertEquals("0,05", Prices.format(5));
        assertEquals("12,50", Prices.format(1250));
        assertEquals("1234,50", Prices.format(123450));
        assertEquals("1000000,00", Prices.format(Prices.MAX_ORE));
    }
}
