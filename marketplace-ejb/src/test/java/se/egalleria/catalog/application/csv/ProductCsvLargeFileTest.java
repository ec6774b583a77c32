package se.egalleria.catalog.application.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.catalog.domain.StorageClass;
import se.egalleria.catalog.domain.Unit;
import se.egalleria.catalog.domain.VatRate;

class ProductCsvLargeFileTest {

    private static String file(int products) {
        StringBuilder text = new StringBuilder("artikelnummer;namn;pris;moms;lager\r\n");
        for (int i = 1; i <= products; i++) {
            text.append("SKU-").append(i).append(";Vara nr ").append(i).append(" – åäö;")
                    .append(i / 100).append(',').append(String.format("%02d", i % 100)).append(";12;")
                    .append(i % 7).append("\r\n");
        }
        return text.toString();
    }

    @Test
    void tenThousandRows() {
        ParsedProducts parsed = CsvFiles.read(file(10_000), StandardCharsets.UTF_8);

        assertEquals(List.of(), parsed.problems());
        assertEquals(10_000, parsed.rows().size());
        assertEquals(new ProductRow(10_000, "SKU-9999", null, "Vara nr 9999 – åäö", "", "", 9999, VatRate.VAT_12,
                Unit.ST, null, 9999 % 7, StorageClass.AMBIENT, true), parsed.rows().get(9998));
        assertEquals(1, parsed.rows().get(0).priceOre());
        assertEquals(10_000, parsed.rows().get(9999).priceOre());
    }

    @Test
    void exactlyTheMaximumIsAccepted() {
        assertEquals(ProductCsv.MAX_ROWS, CsvFiles.read(file(ProductCsv.MAX_ROWS), StandardCharsets.UTF_8)
                .rows().size());
    }

    @Test
    void oneRowMoreThanTheMaximumIsOneProblemAndNoRows() {
        String tooMany = file(ProductCsv.MAX_ROWS + 1).replace("SKU-7;", ";");

        assertEquals(new ParsedProducts(List.of(), List.of(
                        new CsvProblem(0, "", "csv.error.tooManyRows", List.of(ProductCsv.MAX_ROWS)))),
                CsvFiles.read(tooMany, StandardCharsets.UTF_8));
    }
}
