package se.egalleria.organisation.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import se.egalleria.shared.pdf.PdfWriter;
import se.egalleria.shared.csv.SpreadsheetCsv;

/**
 * The invoice summary as files: CSV the way Swedish Excel opens it (UTF-8 with BOM, semicolons,
 * decimal comma), one row per order line, then VAT per rate and the totals; and a PDF with the same.
 */
public final class InvoiceFiles {

    private static final float[] COLUMNS = {0, 55, 110, 300, 335, 400, 440};
    private static final boolean[] RIGHT = {false, false, false, true, true, true, true};

    private final ResourceBundle texts;
    private final Locale locale;

    public InvoiceFiles(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        this.texts = ResourceBundle.getBundle("se.egalleria.organisation.invoices", this.locale,
                InvoiceFiles.class.getClassLoader());
    }

    public byte[] csv(InvoiceSummary summary) {
        return SpreadsheetCsv.write(csv -> {
            csv.printRecord((Object[]) texts.getString("csv.header").split(";"));
            for (InvoiceSummary.Line l : summary.lines()) {
                csv.printRecord(l.date(), l.orderNumber(), l.product(), l.quantity(), SpreadsheetCsv.kronor(l.unitPriceOre()),
                        l.vatPercent(), SpreadsheetCsv.kronor(l.lineTotalOre()), SpreadsheetCsv.kronor(l.vatOre()));
            }
            for (InvoiceSummary.VatSum v : summary.vatByRate()) {
                csv.printRecord(text("csv.vat", v.vatPercent()), "", "", "", "", v.vatPercent(),
                        SpreadsheetCsv.kronor(v.inclVatOre()), SpreadsheetCsv.kronor(v.vatOre()));
            }
            csv.printRecord(texts.getString("csv.totals"), "", "", "", "", "", SpreadsheetCsv.kronor(summary.totalInclVatOre()),
                    SpreadsheetCsv.kronor(summary.vatOre()));
        });
    }

    public byte[] pdf(InvoiceSummary summary) {
        try (PDDocument document = new PDDocument(); PdfWriter pdf = new PdfWriter(document)) {
            pdf.newPage();
            pdf.heading(texts.getString("title"), 15);
            pdf.text(text("municipality", summary.municipality()));
            pdf.text(text("unit", summary.unitName()) + " · " + text("reference", summary.invoiceReference()));
            pdf.text(text("address", summary.unitAddress()));
            pdf.text(text("shop", summary.shopName()) + " · " + text("agreement", summary.agreementReference()));
            pdf.text(text("period", summary.month()) + " · " + text("orders", summary.orders()));
            pdf.space(6);
            pdf.smallColumns();
            pdf.columns(COLUMNS, RIGHT, texts.getString("col.date"), texts.getString("col.order"),
                    texts.getString("col.product"), texts.getString("col.quantity"), texts.getString("col.price"),
                    texts.getString("col.vat"), texts.getString("col.total"));
            pdf.rule();
            for (InvoiceSummary.Line l : summary.lines()) {
                pdf.columns(COLUMNS, RIGHT, l.date().toString(), l.orderNumber(), l.product(),
                        Integer.toString(l.quantity()), SpreadsheetCsv.kronor(l.unitPriceOre()), Integer.toString(l.vatPercent()),
                        SpreadsheetCsv.kronor(l.lineTotalOre()));
            }
            if (summary.lines().isEmpty()) {
                pdf.columns(COLUMNS, RIGHT, texts.getString("none"));
            }
            pdf.rule();
            for (InvoiceSummary.VatSum v : summary.vatByRate()) {
                pdf.text(text("vatLine", v.vatPercent(), SpreadsheetCsv.kronor(v.exclVatOre()), SpreadsheetCsv.kronor(v.vatOre()),
                        SpreadsheetCsv.kronor(v.inclVatOre())));
            }
            pdf.text(text("totalExcl", SpreadsheetCsv.kronor(summary.totalExclVatOre())));
            pdf.text(text("totalVat", SpreadsheetCsv.kronor(summary.vatOre())));
            pdf.boldText(text("totalIncl", SpreadsheetCsv.kronor(summary.totalInclVatOre())));
            pdf.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name a download gets, e.g. fakturaunderlag-12-4-2026-11.csv. */
    public static String fileName(InvoiceSummary summary, String extension) {
        return "fakturaunderlag-" + summary.unitId() + "-" + summary.shopId() + "-" + summary.month() + "."
                + extension;
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

}
