package se.egalleria.delivery.application;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.egalleria.ordering.application.OrderDetail;
import se.egalleria.ordering.application.OrderLineView;
import se.egalleria.shop.application.ShopSummary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliveryNotePdfTest {

    private static final ShopSummary SHOP = new ShopSummary(7, "Fjällboden Lanthandel", "Arjeplog", "", "",
            "0961-100 01", "fjallboden@example.se");

    private static OrderDetail order(String number, String payment, String productName) {
        List<OrderLineView> lines = List.of(
                new OrderLineView(1, "Mellanmjölk 1,5 %", null, 2, "st", 1590, 3180, 12, 341, true),
                new OrderLineView(2, productName, null, 1, "st", 4990, 4990, 12, 535, false));
        return new OrderDetail(number, "ACCEPTED", 7, "Fjällboden Lanthandel", Instant.parse("2026-11-25T08:00:00Z"),
                "Elsa Lindqvist", "elsa@example.se", "070-123 45 67", "Byvägen 3", "93090", "Laisvall",
                "Ring på, det tar en stund", "HOME_DELIVERY", LocalDate.of(2026, 11, 27), null, payment, "TO_COLLECT",
                8170, 2000, 10170, 876, lines, 3L, "Bussgods Arjeplog", "", Instant.parse("2026-11-25T09:00:00Z"),
                null, false, List.of("PACKED", "REJECTED"), "WEB", null);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void noteCarriesWhatTheCarrierAndTheRecipientNeed() throws IOException {
        String text = text(new DeliveryNotePdf(Locale.forLanguageTag("sv"))
                .render(List.of(order("1234", "PAY_ON_DELIVERY", "Tunnbröd")), Map.of(7L, SHOP)));

        for (String expected : List.of("Leveranssedel", "Order 1234", "Fjällboden Lanthandel", "Elsa Lindqvist",
                "070-123 45 67", "Byvägen 3, 93090 Laisvall", "Hemsändning fredag 27 november 2026",
                "Transportör: Bussgods Arjeplog", "Ring på, det tar en stund", "KYLVÄSKA", "Mellanmjölk 1,5 %",
                "31,80 kr", "Hemsändningsavgift", "101,70 kr", "Att ta betalt vid leverans: 101,70 kr", "Mottaget:")) {
            assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
        }
    }

    @Test
    void invoiceOrdersCollectNothingAndEachOrderHasItsPage() throws IOException {
        byte[] pdf = new DeliveryNotePdf(Locale.ENGLISH).render(List.of(order("1234", "INVOICE", "Bröd €"),
                order("5678", "INVOICE", "Ost")), Map.of(7L, SHOP));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
        }
        String text = text(pdf);
        assertTrue(text.contains("Paid by invoice"), text);
        assertTrue(text.contains("Bröd ?") || text.contains("Bröd €"), "an unknown character does not fail the note");
    }

    @Test
    void kronorAreWrittenTheSwedishWay() {
        assertEquals("1 234,50 kr", DeliveryNotePdf.kronor(123450));
        assertEquals("0,05 kr", DeliveryNotePdf.kronor(5));
    }
}
