package se.egalleria.catalog.application.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.egalleria.catalog.domain.MeasureUnit;
import se.egalleria.catalog.domain.NetQuantity;

class NetQuantitiesTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "500 g|500",
            "500g|500",
            "500 G|500",
            "1,5 kg|1500",
            "1.5 kg|1500",
            "2 hg|200",
            "33 cl|330",
            "1 l|1000",
            "1,5 l|1500",
            "750 ml|750",
            "5 dl|500",
            "1 000 g|1000",
            "0,5 kg|500",
            "0,125 kg|125",
            "1 liter|1000",
            "250 gram|250"})
    void convertsToGramsOrMillilitres(String written, int amount) {
        assertEquals(amount, NetQuantities.parse(written).amount());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "500|csv.error.netQuantity.unitMissing",
            "1,5|csv.error.netQuantity.unitMissing",
            "500 st|csv.error.netQuantity.invalid",
            "0 g|csv.error.netQuantity.invalid",
            "0,5 g|csv.error.netQuantity.invalid",
            "-500 g|csv.error.netQuantity.invalid",
            "ca 500 g|csv.error.netQuantity.invalid",
            "g|csv.error.netQuantity.invalid",
            "3000000 kg|csv.error.netQuantity.invalid"})
    void refuses(String written, String messageKey) {
        assertEquals(messageKey, assertThrows(InvalidValue.class, () -> NetQuantities.parse(written)).messageKey());
    }

    @Test
    void writesMillilitresForLitreGoodsAndGramsOtherwise() {
        assertEquals("750 ml", NetQuantities.format(new NetQuantity(750, MeasureUnit.ML)));
        assertEquals("500 g", NetQuantities.format(new NetQuantity(500, MeasureUnit.G)));
        assertEquals(MeasureUnit.ML, NetQuantities.parse("33 cl").unit());
        assertEquals(MeasureUnit.G, NetQuantities.parse("2 hg").unit());
    }
}
