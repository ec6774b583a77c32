package se.egalleria.catalog.application.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.catalog.application.csv.CsvFiles.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem is reported with its line, the column as written in the file and a message key. */
class ProductCsvProblemsTest {

    private static final String HEADER = "artikelnummer;ean;namn;pris;moms";

    private static CsvProblem problem(int line, String column, String messageKey, Object... arguments) {
        return new CsvProblem(line, column, messageKey, List.of(arguments));
    }

    @Test
    void everyBadCellOfALineIsReportedInColumnOrder() {
        ParsedProducts parsed = read(
                "Artikelnummer;EAN;Namn;Pris;Moms;Enhet;Nettomängd;Lager;Förvaring;Synlig",
                "A1;7310865004704;Ost;12,505;30;paket;500;-3;varm;kanske");

        assertEquals(List.of(), parsed.rows());
        assertEquals(List.of(
                problem(2, "EAN", "csv.error.ean.checkDigit", "7310865004704"),
                problem(2, "Pris", "csv.error.price.tooManyDecimals", "12,505"),
                problem(2, "Moms", "csv.error.vat.invalid", "30"),
                problem(2, "Enhet", "csv.error.unit.invalid", "paket"),
                problem(2, "Nettomängd", "csv.error.netQuantity.unitMissing", "500"),
                problem(2, "Lager", "csv.error.stock.negative", "-3"),
                problem(2, "Förvaring", "csv.error.storage.invalid", "varm"),
                problem(2, "Synlig", "csv.error.visible.invalid", "kanske")),
                parsed.problems());
    }

    @Test
    void problemsOfSeveralLinesAreAllCollectedAndGoodLinesKept() {
        ParsedProducts parsed = read(HEADER,
                "A1;;Ost;-1;12",
                "A2;;Smör;45;12",
                "A3;;;abc;12",
                "A4;;Bröd;30;");

        assertEquals(List.of("A2"), parsed.rows().stream().map(ProductRow::sku).toList());
        assertEquals(3, parsed.rows().get(0).line());
        assertEquals(List.of(
                problem(2, "pris", "csv.error.price.negative", "-1"),
                problem(4, "namn", "csv.error.required"),
                problem(4, "pris", "csv.error.price.invalid", "abc"),
                problem(5, "moms", "csv.error.required")),
                parsed.problems());
        assertTrue(parsed.hasProblems());
    }

    @Test
    void missingRequiredColumnsAreOneProblemAndNoRows() {
        ParsedProducts parsed = read("namn;beskrivning;moms", "Ost;Lagrad;12");

        assertEquals(new ParsedProducts(List.of(), List.of(
                problem(1, "", "csv.error.missingColumns", "artikelnummer/ean, pris"))), parsed);
    }

    @Test
    void eitherArticleNumberOrEanColumnIsEnough() {
        assertEquals(List.of(), read("ean;namn;pris;moms", "96385074;Ost;10;12").problems());
        assertEquals(List.of(), read("sku;name;price;vat", "A1;Cheese;10;12").problems());
    }

    @Test
    void unknownColumnIsNamedAndTheRestStillRead() {
        ParsedProducts parsed = read("artikelnummer;namn;pris;moms;Färg", "A1;Ost;10;12;gul");

        assertEquals(List.of(problem(1, "Färg", "csv.error.unknownColumn", "Färg")), parsed.problems());
        assertEquals(List.of("A1"), parsed.rows().stream().map(ProductRow::sku).toList());
    }

    @Test
    void misspelledRequiredColumnIsUnknownAndMissing() {
        ParsedProducts parsed = read("artikelnummer;namn;priset;moms", "A1;Ost;10;12");

        assertEquals(new ParsedProducts(List.of(), List.of(
                problem(1, "priset", "csv.error.unknownColumn", "priset"),
                problem(1, "", "csv.error.missingColumns", "pris"))), parsed);
    }

    @Test
    void columnGivenTwiceEvenInTwoLanguages() {
        ParsedProducts parsed = read("artikelnummer;namn;pris;moms;Pris;SKU", "A1;Ost;10;12;11;A2");

        assertEquals(List.of(
                problem(1, "Pris", "csv.error.duplicateColumn", "Pris"),
                problem(1, "SKU", "csv.error.duplicateColumn", "SKU")), parsed.problems());
    }

    @Test
    void sameArticleNumberOrEanTwiceIsReportedOnTheSecondOccurrence() {
        ParsedProducts parsed = read(HEADER,
                "A1;7310865004703;Ost;10;12",
                "A2;96385074;Smör;10;12",
                "a1;;Bröd;10;12",
                "A4;7310 865004703;Mjölk;10;12",
                "A5;96385074;Grädde;10;12");

        assertEquals(List.of("A1", "A2"), parsed.rows().stream().map(ProductRow::sku).toList());
        assertEquals(List.of(
                problem(4, "artikelnummer", "csv.error.duplicateSku", "a1", 2),
                problem(5, "ean", "csv.error.duplicateEan", "7310865004703", 2),
                problem(6, "ean", "csv.error.duplicateEan", "96385074", 3)),
                parsed.problems());
    }

    @Test
    void lineWithoutArticleNumberAndEan() {
        ParsedProducts parsed = read(HEADER, ";;Ost;10;12");

        assertEquals(List.of(problem(2, "artikelnummer", "csv.error.identifierMissing")), parsed.problems());
    }

    @Test
    void textsLongerThanTheirColumns() {
        ParsedProducts parsed = read("artikelnummer;namn;beskrivning;kategori;pris;moms",
                "A".repeat(41) + ";" + "Ö".repeat(121) + ";" + "x".repeat(4001) + ";" + "k".repeat(121) + ";10;12",
                "B".repeat(40) + ";" + "Ö".repeat(120) + ";" + "x".repeat(4000) + ";" + "k".repeat(120) + ";10;12");

        assertEquals(List.of(
                problem(2, "artikelnummer", "csv.error.tooLong", 40, 41),
                problem(2, "namn", "csv.error.tooLong", 120, 121),
                problem(2, "beskrivning", "csv.error.tooLong", 4000, 4001),
                problem(2, "kategori", "csv.error.tooLong", 120, 121)),
                parsed.problems());
        assertEquals(List.of(3), parsed.rows().stream().map(ProductRow::line).toList());
    }

    @Test
    void unquotedDelimiterShiftsValuesOutsideTheColumns() {
        ParsedProducts parsed = read("artikelnummer;namn;beskrivning;pris;moms;",
                "A1;Ost;Lagrad; smakrik;10;12",
                "A2;Smör;Saltat;20;12;");

        assertEquals(List.of(
                problem(2, "pris", "csv.error.price.invalid", "smakrik"),
                problem(2, "moms", "csv.error.vat.invalid", "10"),
                problem(2, "", "csv.error.valueWithoutColumn", 6)),
                parsed.problems());
        assertEquals(List.of("A2"), parsed.rows().stream().map(ProductRow::sku).toList());
    }

    @Test
    void unclosedQuoteStopsReadingAtTheLineWhereItOpens() {
        ParsedProducts parsed = read(HEADER,
                "A1;;Ost;10;12",
                "A2;;\"Smör;10;12",
                "A3;;Bröd;10;12");

        assertEquals(List.of("A1"), parsed.rows().stream().map(ProductRow::sku).toList());
        assertEquals(List.of(problem(3, "", "csv.error.quotes")), parsed.problems());
    }

    @Test
    void textAfterAClosingQuote() {
        ParsedProducts parsed = read(HEADER, "A1;;\"Ost\" extra;10;12");

        assertEquals(List.of(problem(2, "", "csv.error.quotes")), parsed.problems());
    }

    @Test
    void emptyFiles() {
        CsvProblem empty = problem(0, "", "csv.error.emptyFile");

        assertEquals(new ParsedProducts(List.of(), List.of(empty)), CsvFiles.read(new byte[0]));
        assertEquals(new ParsedProducts(List.of(), List.of(empty)), read("", ";;;", "  "));
        assertEquals(new ParsedProducts(List.of(), List.of(empty)),
                CsvFiles.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    }

    @Test
    void headerOnlyIsNoProblem() {
        assertEquals(new ParsedProducts(List.of(), List.of()), read(HEADER));
    }

    @Test
    void unreadableStreamThrows() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };

        assertThrows(UncheckedIOException.class, () -> ProductCsv.read(broken));
    }

    @Test
    void binaryGarbageGivesProblemsNotExceptions() {
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);

        assertTrue(CsvFiles.read(garbage).hasProblems());
    }
}
