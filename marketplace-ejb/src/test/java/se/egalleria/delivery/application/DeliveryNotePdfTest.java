package se.egalleria.delivery.application;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
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
        return order(number, payment, List.of(
                new OrderLineView(1, "Mellanmjölk 1,5 %", null, 2, "st", 1590, 3180, 12, 341, true, "CHILLED"),
                new OrderLineView(2, productName, null, 1, "st", 4990, 4990, 12, 535, false, "AMBIENT")));
    }

    private static OrderDetail order(String number, String payment, List<OrderLineView> lines) {
        long items = lines.stream().mapToLong(OrderLineView::lineTotalOre).sum();
        long vat = lines.stream().mapToLong(OrderLineView::vatOre).sum();
        return new OrderDetail(number, "ACCEPTED", 7, "Fjällboden Lanthandel", Instant.parse("2026-11-25T08:00:00Z"),
                "Elsa Lindqvist", "elsa@example.se", "070-123 45 67", "Byvägen 3", "93090", "Laisvall",
                "Ring på, det tar en stund", "HOME_DELIVERY", LocalDate.of(2026, 11, 27), null, payment, "TO_COLLECT",
                items, 2000, items + 2000, vat, lines, 3L, "Bussgods Arjeplog", "", Instant.parse("2026-11-25T09:00:00Z"),
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
    void frozenGoodsAreMarkedApartFromChilledAndTheCoolerBagLineCountsEach() throws IOException {
        OrderDetail order = order("1234", "PAY_ON_DELIVERY", List.of(
                new OrderLineView(1, "Mellanmjölk 1,5 %", null, 2, "st", 1590, 3180, 12, 341, true, "CHILLED"),
                new OrderLineView(2, "Fil 3 %", null, 1, "st", 1890, 1890, 12, 203, true, "CHILLED"),
                new OrderLineView(3, "Blåbär frysta", null, 1, "förp", 3990, 3990, 12, 428, true, "FROZEN"),
                new OrderLineView(4, "Tunnbröd", null, 1, "st", 4990, 4990, 12, 535, false, "AMBIENT")));

        List<String> swedish = text(new DeliveryNotePdf(Locale.forLanguageTag("sv")).render(List.of(order),
                Map.of(7L, SHOP))).lines().toList();
        assertEquals("KYL", lastWord(line(swedish, "Mellanmjölk 1,5 %")));
        assertEquals("KYL", lastWord(line(swedish, "Fil 3 %")));
        assertEquals("FRYS", lastWord(line(swedish, "Blåbär frysta")));
        assertTrue(line(swedish, "Tunnbröd").endsWith("kr"), "nothing cold: no mark");
        assertTrue(swedish.contains("KYLVÄSKA: 2 kylda varor (KYL), 1 fryst vara (FRYS)"), String.join("\n", swedish));

        List<String> english = text(new DeliveryNotePdf(Locale.ENGLISH).render(List.of(order), Map.of(7L, SHOP)))
                .lines().toList();
        assertEquals("CHILLED", lastWord(line(english, "Mellanmjölk 1,5 %")));
        assertEquals("FROZEN", lastWord(line(english, "Blåbär frysta")));
        assertTrue(english.contains("COOLER BAG: 2 chilled items (CHILLED), 1 frozen item (FROZEN)"),
                String.join("\n", english));
    }

    @Test
    void onlyChilledGoodsSayNoFrozenOnes() throws IOException {
        String text = text(new DeliveryNotePdf(Locale.forLanguageTag("sv"))
                .render(List.of(order("1234", "PAY_ON_DELIVERY", "Tunnbröd")), Map.of(7L, SHOP)));

        assertTrue(text.contains("KYLVÄSKA: 1 kyld vara (KYL), inga frysta varor (FRYS)"), text);
    }

    @Test
    void theQrCodeReadsAsTheOrderNumber() throws Exception {
        byte[] pdf = new DeliveryNotePdf(Locale.forLanguageTag("sv")).render(List.of(order("10017", "INVOICE",
                "Tunnbröd"), order("10025", "INVOICE", "Ost")), Map.of(7L, SHOP));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            assertEquals("10017", qrCode(renderer.renderImageWithDPI(0, 150, ImageType.RGB)));
            assertEquals("10025", qrCode(renderer.renderImageWithDPI(1, 150, ImageType.RGB)));
        }
    }

    /** What a phone's camera would read: ZXing looks for the code on the whole rendered page. */
    private static String qrCode(BufferedImage page) throws Exception {
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private static String line(List<String> lines, String start) {
        return lines.stream().filter(l -> l.startsWith(start) || l.contains(" " + start + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + start + " in:\n" + String.join("\n", lines)));
    }

    private static String lastWord(String line) {
        return line.substring(line.lastIndexOf(' ') + 1);
    }

    @Test
    void kronorAreWrittenTheSwedishWay() {
        assertEquals("1 234,50 kr", DeliveryNotePdf.kronor(123450));
        assertEquals("0,05 kr", DeliveryNotePdf.kronor(5));
    }
}
