package se.egalleria.catalog.application.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.egalleria.catalog.application.csv.CsvFiles.concat;
import static se.egalleria.catalog.application.csv.CsvFiles.read;
import static se.egalleria.catalog.application.csv.CsvFiles.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.catalog.domain.MeasureUnit;
import se.egalleria.catalog.domain.NetQuantity;
import se.egalleria.catalog.domain.StorageClass;
import se.egalleria.catalog.domain.Unit;
import se.egalleria.catalog.domain.VatRate;

/** The files shops really have: Swedish Excel in its three encodings, and English comma files. */
class ProductCsvSwedishExcelTest {

    /** As Swedish Excel saves it: ";" between values, decimal comma, a quoted value with a ";" in it. */
    private static final String EXCEL_FILE = text(
            "Artikelnummer;EAN;Namn;Beskrivning;Kategori;Pris;Moms;Enhet;Nettomängd;Lager;Förvaring;Synlig",
            "1001;7310865004703;Mellanmjölk 1,5 %;\"Från gården; pastöriserad\";Mejeri;14,90;12;st;1 l;24;kyl;ja",
            "1002;;Räksallad;Handskalade räkor;Färdigmat;1\u00a0234,50;12 %;förp;200 g;alltid;Kylvara;Ja",
            "1003;96385074;Ölkorv;;Chark;89,00 kr;12;kg;;;frys;nej",
            "1004;;Kaffekopp;Drejad i Jokkmokk;Hantverk;249;25;ST;;3;rumstemp;1",
            "1005;;Bygdens historia;;Böcker;0,99 kr;6%;st;;0;;");

    private static final List<ProductRow> EXCEL_ROWS = List.of(
            new ProductRow(2, "1001", "7310865004703", "Mellanmjölk 1,5 %", "Från gården; pastöriserad", "Mejeri",
                    1490, VatRate.VAT_12, Unit.ST, new NetQuantity(1000, MeasureUnit.ML), 24, StorageClass.CHILLED, true),
            new ProductRow(3, "1002", null, "Räksallad", "Handskalade räkor", "Färdigmat",
                    123450, VatRate.VAT_12, Unit.FORP, new NetQuantity(200, MeasureUnit.G), null, StorageClass.CHILLED, true),
            new ProductRow(4, "1003", "96385074", "Ölkorv", "", "Chark",
                    8900, VatRate.VAT_12, Unit.KG, null, null, StorageClass.FROZEN, false),
            new ProductRow(5, "1004", null, "Kaffekopp", "Drejad i Jokkmokk", "Hantverk",
                    24900, VatRate.VAT_25, Unit.ST, null, 3, StorageClass.AMBIENT, true),
            new ProductRow(6, "1005", null, "Bygdens historia", "", "Böcker",
                    99, VatRate.VAT_6, Unit.ST, null, 0, StorageClass.AMBIENT, true));

    @Test
    void swedishExcelFileInUtf8() {
        assertEquals(new ParsedProducts(EXCEL_ROWS, List.of()), read(EXCEL_FILE, StandardCharsets.UTF_8));
    }

    @Test
    void swedishExcelFileInWindows1252() {
        byte[] bytes = EXCEL_FILE.getBytes(Charset.forName("windows-1252"));
        assertEquals((byte) 0xF6, bytes[EXCEL_FILE.indexOf('ö')], "ö is one Windows-1252 byte, not valid UTF-8");

        assertEquals(new ParsedProducts(EXCEL_ROWS, List.of()), read(bytes));
    }

    @Test
    void swedishExcelFileInUtf8WithByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                EXCEL_FILE.getBytes(StandardCharsets.UTF_8));

        assertEquals(new ParsedProducts(EXCEL_ROWS, List.of()), read(bytes));
    }

    @Test
    void excelUnicodeTextIsUtf16WithTabs() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                EXCEL_FILE.replace(';', '\t').replace("\"Från gården\t pastöriserad\"", "\"Från gården; pastöriserad\"")
                        .getBytes(StandardCharsets.UTF_16LE));

        assertEquals(new ParsedProducts(EXCEL_ROWS, List.of()), read(bytes));
    }

    @Test
    void excelSeparatorHintLineIsNotTheHeader() {
        ParsedProducts parsed = read("sep=;", "namn;pris;moms;ean", "Ölkorv;89;12;96385074");

        assertEquals(List.of(new ProductRow(3, null, "96385074", "Ölkorv", "", "", 8900, VatRate.VAT_12, Unit.ST,
                null, null, StorageClass.AMBIENT, true)), parsed.rows());
        assertFalse(parsed.hasProblems());
    }

    @Test
    void commaDelimitedWithEnglishHeaders() {
        ParsedProducts parsed = read(
                "sku,ean,name,description,category,price,vat,unit,net_quantity,stock,storage,visible",
                "A-1,7310865004703,Milk 1.5 %,\"Fresh, pasteurised\",Dairy,14.90,12,st,1 l,24,chilled,yes",
                "A-2,,Frozen berries,,Frozen,\"1 234,50\",12,kg,,always,frozen,no",
                "A-3,,Mug,,Crafts,249,25%,forp,33 cl,,ambient,true");

        assertEquals(List.of(
                new ProductRow(2, "A-1", "7310865004703", "Milk 1.5 %", "Fresh, pasteurised", "Dairy",
                        1490, VatRate.VAT_12, Unit.ST, new NetQuantity(1000, MeasureUnit.ML), 24, StorageClass.CHILLED, true),
                new ProductRow(3, "A-2", null, "Frozen berries", "", "Frozen",
                        123450, VatRate.VAT_12, Unit.KG, null, null, StorageClass.FROZEN, false),
                new ProductRow(4, "A-3", null, "Mug", "", "Crafts",
                        24900, VatRate.VAT_25, Unit.FORP, new NetQuantity(330, MeasureUnit.ML), null, StorageClass.AMBIENT, true)),
                parsed.rows());
        assertEquals(List.of(), parsed.problems());
    }

    @Test
    void headersInAnyOrderAndCaseWithSurroundingSpacesAndWithoutÅÄÖ() {
        ParsedProducts parsed = read(
                " MOMS ; Pris;NAMN ;Nettomangd;  artikelnummer ;FORVARING",
                "12;10;Ost;1,5 kg;X1;kyl");

        assertEquals(List.of(new ProductRow(2, "X1", null, "Ost", "", "", 1000, VatRate.VAT_12, Unit.ST, new NetQuantity(1500, MeasureUnit.G),
                null, StorageClass.CHILLED, true)), parsed.rows());
        assertEquals(List.of(), parsed.problems());
    }

    @Test
    void lineNumbersCountEmptyLinesAndLineBreaksInsideQuotes() {
        ParsedProducts parsed = read(
                "artikelnummer;namn;beskrivning;pris;moms",
                "1;Ost;\"Rad ett",
                "rad två\";10;12",
                "",
                "2;Smör;;-5;12",
                ";;;;",
                "3;Bröd;;30;12");

        assertEquals(List.of(2, 7), parsed.rows().stream().map(ProductRow::line).toList());
        assertEquals("Rad ett\r\nrad två", parsed.rows().get(0).description());
        assertEquals(List.of(CsvProblem.of(5, "pris", "csv.error.price.negative", "-5")), parsed.problems());
    }

    @Test
    void unixAndOldMacLineEnds() {
        String unix = "namn;pris;moms;ean\nOst;10;12;96385074\n\nSmör;20;12;7310865004703\n";

        assertEquals(List.of(2, 4), read(unix, StandardCharsets.UTF_8).rows().stream().map(ProductRow::line).toList());
        assertEquals(List.of(2, 4), read(unix.replace('\n', '\r'), StandardCharsets.UTF_8).rows().stream()
                .map(ProductRow::line).toList());
    }

    @Test
    void lastLineWithoutLineEnd() {
        ParsedProducts parsed = read("namn;pris;moms;ean\r\nOst;10;12;96385074".getBytes(StandardCharsets.UTF_8));

        assertEquals(1, parsed.rows().size());
        assertEquals(List.of(), parsed.problems());
    }

    @Test
    void decomposedÅÄÖFromAMacAreComposed() {
        ParsedProducts parsed = read("namn;pris;moms;ean;Nettoma\u0308ngd",
                "Ro\u0308kt lax;10;12;96385074;200 g");

        assertEquals("Rökt lax", parsed.rows().get(0).name());
        assertEquals(new NetQuantity(200, MeasureUnit.G), parsed.rows().get(0).netQuantity());
    }
}
