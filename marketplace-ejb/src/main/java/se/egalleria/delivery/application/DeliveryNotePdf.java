package se.egalleria.delivery.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import se.egalleria.ordering.application.OrderDetail;
import se.egalleria.ordering.application.OrderLineView;
import se.egalleria.shared.pdf.PdfWriter;
import se.egalleria.shop.application.ShopSummary;

/**
 * The delivery note (leveranssedel) of one or more orders, one per page: shop, order number (also
 * as a QR code), customer, phone, address and village, the lines with quantities and prices,
 * chilled and frozen marks with a cooler-bag line counting each, the amount to collect, the
 * delivery instructions and a line for the recipient's signature.
 */
final class DeliveryNotePdf {

    // The chilled/frozen mark sits right of the amounts, inside the margin even in English ("CHILLED").
    private static final float[] COLUMNS = {0, 45, 330, 420, 435};
    private static final boolean[] RIGHT = {false, false, true, true, false};
    private static final float QR_SIZE = 90;
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final ResourceBundle texts;
    private final Locale locale;

    DeliveryNotePdf(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        this.texts = ResourceBundle.getBundle("se.egalleria.delivery.notes", this.locale,
                DeliveryNotePdf.class.getClassLoader());
    }

    byte[] render(List<OrderDetail> orders, Map<Long, ShopSummary> shops) {
        try (PDDocument document = new PDDocument(); PdfWriter pdf = new PdfWriter(document)) {
            for (OrderDetail order : orders) {
                page(document, pdf, order, shops.get(order.shopId()));
            }
            if (orders.isEmpty()) {
                pdf.newPage();
                pdf.text(texts.getString("none"));
            }
            pdf.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page(PDDocument document, PdfWriter pdf, OrderDetail o, ShopSummary shop) throws IOException {
        pdf.newPage();
        pdf.topRight(qrCode(document, o.number()), QR_SIZE);
        pdf.heading(texts.getString("title"), 18);
        pdf.heading(text("order", o.number()), 14);
        pdf.text(shop.name() + ", " + shop.village() + " · " + shop.phone());
        pdf.text(text("placed", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(o.placedAt().atZone(SWEDEN))));
        pdf.space(8);
        pdf.boldText(texts.getString("customer"));
        pdf.text(o.customerName() + " · " + texts.getString("phone") + " " + o.phone());
        pdf.text(o.street() + ", " + o.postalCode() + " " + o.village());
        pdf.space(4);
        pdf.boldText(delivery(o));
        if (o.carrierName() != null) {
            pdf.text(text("carrier", o.carrierName()));
        }
        if (!o.instructions().isBlank()) {
            pdf.text(text("instructions", o.instructions()));
        }
        if (o.needsCoolerBag()) {
            pdf.boldText(text("coolerBagCount", coolerBagLines(o, false), coolerBagLines(o, true)));
        }
        pdf.space(8);
        pdf.columns(COLUMNS, RIGHT, texts.getString("col.quantity"), texts.getString("col.product"),
                texts.getString("col.price"), texts.getString("col.amount"), "");
        pdf.rule();
        for (OrderLineView line : o.lines()) {
            pdf.columns(COLUMNS, RIGHT, line.quantity() + " " + line.unit(), line.name(), kronor(line.unitPriceOre()),
                    kronor(line.lineTotalOre()), mark(line));
        }
        pdf.rule();
        if (o.deliveryFeeOre() > 0) {
            pdf.columns(COLUMNS, RIGHT, "", texts.getString("fee"), "", kronor(o.deliveryFeeOre()), "");
        }
        pdf.columns(COLUMNS, RIGHT, "", texts.getString("total"), "", kronor(o.totalOre()), "");
        pdf.columns(COLUMNS, RIGHT, "", texts.getString("vat"), "", kronor(o.vatOre()), "");
        pdf.space(8);
        pdf.heading(o.toCollectOre() > 0 ? text("collect", kronor(o.toCollectOre())) : texts.getString("invoice"), 13);
        pdf.space(30);
        pdf.text(texts.getString("signature"));
        pdf.text(texts.getString("signatureHint"));
    }

    /** Frozen goods are marked apart from chilled ones: they must go in the freezer bag, not the cool one. */
    private String mark(OrderLineView line) {
        if (!line.coolerBag()) {
            return "";
        }
        return texts.getString(line.frozen() ? "frozen" : "cold");
    }

    /** How many of the order's lines travel chilled (or frozen), so the packer can count the bag. */
    private static long coolerBagLines(OrderDetail o, boolean frozen) {
        return o.lines().stream().filter(l -> l.coolerBag() && l.frozen() == frozen).count();
    }

    private String delivery(OrderDetail o) {
        return switch (o.delivery()) {
            case "HOME_DELIVERY" -> text("homeDelivery", o.deliveryDate() == null ? ""
                    : o.deliveryDate().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale)));
            case "SERVICE_POINT_PICKUP" -> text("servicePoint", o.pickupAt());
            default -> texts.getString("shopPickup");
        };
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    /** Öre as "1 234,50 kr" (no floating point). */
    static String kronor(long ore) {
        long abs = Math.abs(ore);
        String whole = String.format(Locale.ROOT, "%,d", abs / 100).replace(',', ' ');
        return (ore < 0 ? "-" : "") + whole + "," + String.format(Locale.ROOT, "%02d", abs % 100) + " kr";
    }

    private static PDImageXObject qrCode(PDDocument document, String content) throws IOException {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 180, 180);
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return LosslessFactory.createFromImage(document, image);
        } catch (WriterException e) {
            throw new IllegalStateException("An order number always fits a QR code", e);
        }
    }
}
