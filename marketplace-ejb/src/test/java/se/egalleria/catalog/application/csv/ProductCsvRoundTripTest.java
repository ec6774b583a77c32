package se.egalleria.catalog.application.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.egalleria.catalog.application.csv.CsvFiles.write;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.catalog.domain.MeasureUnit;
import se.egalleria.catalog.domain.NetQuantity;
import se.egalleria.catalog.domain.StorageClass;
import se.egalleria.catalog.domain.Unit;
import se.egalleria.catalog.domain.VatRate;

class ProductCsvRoundTripTest {

    private static final List<ProductRow> ROWS = List.of(
            new ProductRow(2, "1001", "7310865004703", "Mellanmjölk 1,5 %", "Från gården; pastöriserad", "Mejeri",
                    1490, VatRate.VAT_12, Unit.ST, new NetQuantity(1000, MeasureUnit.ML), 24, StorageClass.CHILLED, true),
            new ProductRow(3, null, "96385074", "Ölkorv \"Special\"", "Rad ett\r\nrad två\nrad tre", "Chark",
                    8900, VatRate.VAT_12, Unit.KG, new NetQuantity(1500, MeasureUnit.G), null, StorageClass.FROZEN, false),
            new ProductRow(4, "X-1", null, "Räksallad", "", "", 0, VatRate.VAT_25, Unit.FORP, new NetQuantity(200, MeasureUnit.G), 0,
                    StorageClass.AMBIENT, true),
            new ProductRow(5, "#2", null, "Saft", "", "Dryck", Prices.MAX_ORE, VatRate.VAT_6, Unit.L, new NetQuantity(750, MeasureUnit.ML),
                    1_000_000, StorageClass.AMBIENT, false),
            new ProductRow(6, "3", null, "Ost, lagrad", "😀 emoji och tab\there", "", 99, VatRate.VAT_12, Unit.ST,
                    null, 5, StorageClass.CHILLED, true));

    @Test
    void writtenFileReadsBackToTheSameRows() {
        ParsedProducts parsed = CsvFiles.read(write(ROWS));

        assertEquals(List.of(), parsed.problems());
        assertEquals(ROWS.stream().map(ProductCsvRoundTripTest::withoutLine).toList(),
                parsed.rows().stream().map(ProductCsvRoundTripTest::withoutLine).toList());
    }

    @Test
    void utf8WithByteOrderMarkSemicolonsDecimalCommaAndCrlf() {
        byte[] bytes = write(ROWS.subList(0, 1));

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("artikelnummer;ean;namn;beskrivning;kategori;pris;moms;enhet;nettomängd;lager;förvaring;synlig\r\n"
                        + "1001;7310865004703;Mellanmjölk 1,5 %;\"Från gården; pastöriserad\";Mejeri;14,90;12;st;"
                        + "1000 ml;24;kyl;ja\r\n",
                new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void emptyListIsJustTheHeader() {
        byte[] bytes = write(List.of());

        assertEquals("\uFEFFartikelnummer;ean;namn;beskrivning;kategori;pris;moms;enhet;nettomängd;lager;förvaring;"
                + "synlig\r\n", new String(bytes, StandardCharsets.UTF_8));
        assertEquals(new ParsedProducts(List.of(), List.of()), CsvFiles.read(bytes));
    }

    @Test
    void readThenWriteThenReadIsStable() {
        ParsedProducts first = CsvFiles.read(write(ROWS));
        byte[] again = write(first.rows());

        assertArrayEquals(write(ROWS), again);
    }

    private static ProductRow withoutLine(ProductRow row) {
        return new ProductRow(0, row.sku(), row.ean(), row.name(), row.description(), row.category(), row.priceOre(),
                row.vat(), row.unit(), row.netQuantity(), row.stock(), row.storage(), row.visible());
    }
}
