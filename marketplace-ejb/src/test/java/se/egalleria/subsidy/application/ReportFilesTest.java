package se.egalleria.subsidy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportFilesTest {

    private static final MonthlyReport REPORT = new MonthlyReport("Härjedalens kommun", "CARRIER", 3,
            "Bussgods Härjedalen", "BUS_FREIGHT", "556611-0200", "Avtal 2026-01", "2026-10", List.of(
                    new ReportLine("1017", LocalDate.of(2026, 10, 6), "Elsa Lindqvist", "Byvägen 3, 84293", "Lillhärdal",
                            "PENSIONER", 41200, "HOME_DELIVERY", "Bussgods Härjedalen", "BUS_FREIGHT", 31550, 2000,
                            20000, true, List.of()),
                    new ReportLine("1025", LocalDate.of(2026, 10, 8), "Elsa Lindqvist", "Byvägen 3, 84293", "Lillhärdal",
                            "PENSIONER", 41200, "HOME_DELIVERY", "Bussgods Härjedalen", "BUS_FREIGHT", 12000, 2000, 0,
                            false, List.of("BELOW_MINIMUM", "TOO_FREQUENT")),
                    new ReportLine("1033", LocalDate.of(2026, 10, 9), "Nils Ås", "Storgatan 1, 84232", "Sveg", null,
                            900, "HOME_DELIVERY", "Bussgods Härjedalen", "BUS_FREIGHT", 25000, 2000, 0, true,
                            List.of("NOT_APPROVED", "TOO_CLOSE"))),
            2, 3, 6000, 20000, 2, 184, "APPROVED", "admin@harjedalen.example", Instant.parse("2026-11-03T09:00:00Z"),
            null, 0);

    /** The same lines in a shop's report, with two shopping trips of its shopping bus. */
    private static final MonthlyReport SHOP_REPORT = new MonthlyReport("Härjedalens kommun", "SHOP", 4,
            "Lillhärdals Lanthandel", "0680-100 00", "556611-0300", null, "2026-10", REPORT.lines(), 2, 3, 6000, 20000,
            2, 0, "DRAFT", null, null, null, 0).withTrips(TripSection.of(List.of(
                    new TripLine(71, LocalDate.of(2026, 10, 9), "Handlarrundan", "byvägen 3|84293|lillhärdal",
                            "Elsa Lindqvist", "Byvägen 3, 84293", "Lillhärdal", "PENSIONER", 2, 15000, List.of()),
                    new TripLine(71, LocalDate.of(2026, 10, 9), "Handlarrundan", null, null, null, null, null, 1, 0,
                            List.of("HOUSEHOLD_UNKNOWN")))));

    @Test
    void thePdfCarriesTheCountyFormsFieldsAndTotals() throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(new ReportFiles(Locale.forLanguageTag("sv")).pdf(REPORT))) {
            text = new PDFTextStripper().getText(document);
        }
        for (String expected : List.of("Redovisning av hemsändning av dagligvaror", "Kommun: Härjedalens kommun",
                "Transportör: Bussgods Härjedalen", "Organisationsnummer: 556611-0200", "Avtal med kommunen: Avtal 2026-01",
                "Period: 2026-10", "Attesterad av kommunen: admin@harjedalen.example, 2026-11-03", "Elsa Lindqvist",
                "Byvägen 3, 84293 · Bussgods Härjedalen (bussgods)", "Lillhärdal", "pensionär", "41,2", "315,50",
                "200,00", "under minsta order, för tätt", "ej i registret, för nära butik",
                "Hushåll: 2 · Leveranser: 3 · Kundavgifter: 60,00 kr · Bidrag: 200,00 kr · Rader med anmärkning: 2",
                "Körda kilometer enligt körningar: 184", "Attest kommunen:")) {
            assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
        }
    }

    @Test
    void theCsvHasALinePerDeliveryAndTheTotals() {
        String csv = new String(new ReportFiles(Locale.ENGLISH).csv(REPORT), StandardCharsets.UTF_8);
        List<String> rows = csv.lines().toList();

        assertEquals(5, rows.size(), csv);
        assertTrue(rows.get(0).startsWith("\uFEFFDate;Order;Household;Address;Village;Basis;Km to nearest shop;Type;"
                + "Carrier;Mode;"), rows.get(0));
        assertEquals("2026-10-06;1017;Elsa Lindqvist;Byvägen 3, 84293;Lillhärdal;pensioner;41,2;home delivery;"
                + "Bussgods Härjedalen;bus freight;315,50;20,00;200,00;yes;", rows.get(1));
        assertEquals("2026-10-09;1033;Nils Ås;Storgatan 1, 84232;Sveg;;0,9;home delivery;Bussgods Härjedalen;"
                + "bus freight;250,00;20,00;0,00;yes;not in register, too close to a shop", rows.get(3));
        assertEquals("Total;;;;;;;;;;;60,00;200,00;;", rows.get(4));
    }

    @Test
    void aShopsCsvHasItsShoppingTripsAsASectionWithTheirOwnTotals() {
        String csv = new String(new ReportFiles(Locale.forLanguageTag("sv")).csv(SHOP_REPORT), StandardCharsets.UTF_8);
        List<String> rows = csv.lines().toList();

        assertEquals(List.of("Summa;;;;;;;;;;;60,00;200,00;;", "", "Inköpsresor",
                "Datum;Resa;Hushåll;Adress;By;Grund;Platser;Bidrag (kr);Kontroll",
                "2026-10-09;Handlarrundan;Elsa Lindqvist;Byvägen 3, 84293;Lillhärdal;pensionär;2;150,00;",
                "2026-10-09;Handlarrundan;;;;;1;0,00;adress saknas", "Summa inköpsresor;;;;;;3;150,00;",
                "Summa bidrag, hemsändning och inköpsresor;;;;;;;350,00;"), rows.subList(4, rows.size()), csv);
        assertEquals(35000, SHOP_REPORT.totalSubsidyOre());
        assertEquals(1, SHOP_REPORT.trips().households());
        assertEquals(1, SHOP_REPORT.trips().flaggedLines());
    }

    @Test
    void aShopsPdfHasTheShoppingTripsSection() throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(new ReportFiles(Locale.ENGLISH).pdf(SHOP_REPORT))) {
            text = new PDFTextStripper().getText(document);
        }
        for (String expected : List.of("Shopping trips", "Handlarrundan", "no address",
                "Households: 1 · Trips: 2 · Seats: 3 · Subsidy: 150,00 kr · Lines with remarks: 1",
                "Total subsidy, home delivery and shopping trips: 350,00 kr")) {
            assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
        }
    }
}
