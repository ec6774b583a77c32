package se.egalleria.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class InvoiceFilesTest {

    private static final List<InvoiceSummary.Line> LINES = List.of(
            new InvoiceSummary.Line(LocalDate.of(2026, 12, 1), "10017", "Mjölk; 1,5 %", 10, 1590, 12, 15900, 1704),
            new InvoiceSummary.Line(LocalDate.of(2026, 12, 2), "10025", "Diskmedel", 1, 3000, 25, 3000, 600),
            new InvoiceSummary.Line(LocalDate.of(2026, 12, 2), "10025", "Ägg 12 st", 2, 4200, 12, 8400, 900));

    private static InvoiceSummary summary() {
        List<InvoiceSummary.VatSum> vat = InvoiceSums.byRate(LINES);
        return new InvoiceSummary("Arjeplog", 4, "Skolköket Laisvall", "Ref 4711", "Skolvägen 2, 93092 Laisvall",
                7, "Fjällboden Lanthandel", "RA 2026/7", "2026-12", 2, LINES, vat, 27300 - 3204, 3204, 27300);
    }

    @Test
    void vatIsSummedPerRateFromTheLinesAsSold() {
        assertEquals(List.of(new InvoiceSummary.VatSum(12, 24300 - 2604, 2604, 24300),
                new InvoiceSummary.VatSum(25, 2400, 600, 3000)), InvoiceSums.byRate(LINES));
    }

    @Test
    void theCsvHasALinePerOrderLineThenVatPerRateAndTotals() {
        List<String> rows = new String(new InvoiceFiles(Locale.forLanguageTag("sv")).csv(summary()),
                StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("\uFEFFDatum;Order;Vara;Antal;À-pris inkl. moms;Momssats;Summa inkl. moms;Varav moms",
                "2026-12-01;10017;\"Mjölk; 1,5 %\";10;15,90;12;159,00;17,04",
                "2026-12-02;10025;Diskmedel;1;30,00;25;30,00;6,00",
                "2026-12-02;10025;Ägg 12 st;2;42,00;12;84,00;9,00",
                "Moms 12 %;;;;;12;243,00;26,04",
                "Moms 25 %;;;;;25;30,00;6,00",
                "Summa;;;;;;273,00;32,04"), rows);
    }

    @Test
    void thePdfShowsTheLinesAndTheTotals() throws IOException {
        try (PDDocument document = Loader.loadPDF(new InvoiceFiles(Locale.ENGLISH).pdf(summary()))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Invoice summary"), text);
            assertTrue(text.contains("Customer: Skolköket Laisvall"), text);
            assertTrue(text.contains("VAT 12 %: base 216,96 kr, VAT 26,04 kr, total 243,00 kr"), text);
            assertTrue(text.contains("To invoice incl. VAT: 273,00 kr"), text);
        }
    }
}
