package se.egalleria.subsidy.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import se.egalleria.shared.pdf.PdfWriter;
import se.egalleria.shared.csv.SpreadsheetCsv;

/**
 * The monthly report as files: CSV the way Swedish Excel opens it (UTF-8 with BOM, semicolons,
 * decimal comma) and PDF laid out like the county board's form (header, a line per delivery,
 * rule checks, totals, attestation). A shop's report adds its shopping trips as a section of their
 * own ("Inköpsresor") with their totals, and the grand total of both.
 */
public final class ReportFiles {

    private static final float[] COLUMNS = {0, 42, 150, 215, 265, 300, 345, 380, 420, 440};
    private static final boolean[] RIGHT = {false, false, false, false, true, true, true, true, false, false};
    private static final float[] TRIP_COLUMNS = {0, 42, 140, 225, 285, 345, 385, 395};
    private static final boolean[] TRIP_RIGHT = {false, false, false, false, false, true, true, false};

    private final ResourceBundle texts;
    private final Locale locale;

    public ReportFiles(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        this.texts = ResourceBundle.getBundle("se.egalleria.subsidy.reports", this.locale,
                ReportFiles.class.getClassLoader());
    }

    public byte[] csv(MonthlyReport report) {
        return SpreadsheetCsv.write(csv -> {
            csv.printRecord(texts.getString("csv.header").split(";"));
            for (ReportLine l : report.lines()) {
                csv.printRecord(l.date(), l.orderNumber(), l.customerName(), l.address(), l.village(),
                        l.basis() == null ? "" : label("basis." + l.basis()),
                        l.distanceMeters() == null ? "" : km(l.distanceMeters()), label("kind." + l.kind()),
                        l.carrier() == null ? "" : l.carrier(), mode(l.carrierMode()), SpreadsheetCsv.kronor(l.orderValueOre()),
                        SpreadsheetCsv.kronor(l.feeOre()),
                        SpreadsheetCsv.kronor(l.subsidyOre()), l.recipientConfirmed() ? texts.getString("yes") : texts.getString("no"),
                        String.join(", ", l.flags().stream().map(f -> label("flag." + f)).toList()));
            }
            csv.printRecord(texts.getString("csv.totals"), "", "", "", "", "", "", "", "", "", "", SpreadsheetCsv.kronor(report.feesOre()),
                    SpreadsheetCsv.kronor(report.subsidyOre()), "", "");
            if (report.kind().equals("SHOP")) {
                csvTrips(csv, report);
            }
        });
    }

    public byte[] pdf(MonthlyReport report) {
        try (PDDocument document = new PDDocument(); PdfWriter pdf = new PdfWriter(document)) {
            pdf.newPage();
            pdf.heading(texts.getString("title"), 15);
            pdf.text(text("municipality", report.municipality()));
            pdf.text(text(report.kind().equals("SHOP") ? "shop" : "carrier", report.subjectName()) + " · "
                    + report.contact());
            pdf.text(text("organisation", orUnknown(report.organisationNumber()), orUnknown(report.agreement())));
            pdf.text(text("period", report.month()));
            pdf.boldText(report.status().equals("APPROVED") ? text("approved", report.approvedBy(),
                    report.approvedAt().toString().substring(0, 10)) : texts.getString("draft"));
            pdf.space(6);
            pdf.smallColumns();
            pdf.columns(COLUMNS, RIGHT, texts.getString("col.date"), texts.getString("col.household"),
                    texts.getString("col.village"), texts.getString("col.basis"), texts.getString("col.distance"),
                    texts.getString("col.value"), texts.getString("col.fee"), texts.getString("col.subsidy"),
                    texts.getString("col.confirmed"), texts.getString("col.checks"));
            pdf.rule();
            for (ReportLine l : report.lines()) {
                pdf.columns(COLUMNS, RIGHT, l.date().toString().substring(5), l.customerName(), l.village(),
                        l.basis() == null ? "–" : label("basis." + l.basis()),
                        l.distanceMeters() == null ? "" : km(l.distanceMeters()), SpreadsheetCsv.kronor(l.orderValueOre()),
                        SpreadsheetCsv.kronor(l.feeOre()), SpreadsheetCsv.kronor(l.subsidyOre()), l.recipientConfirmed() ? "x" : "",
                        String.join(", ", l.flags().stream().map(f -> label("flag." + f)).toList()));
                // The form asks for the address and how the goods travelled: a second, indented line.
                pdf.columns(COLUMNS, RIGHT, "", l.address() + (l.carrier() == null ? ""
                        : " · " + l.carrier() + (l.carrierMode() == null ? "" : " (" + mode(l.carrierMode()) + ")")));
            }
            pdf.rule();
            pdf.text(text("totals", report.households(), report.deliveries(), SpreadsheetCsv.kronor(report.feesOre()),
                    SpreadsheetCsv.kronor(report.subsidyOre()), report.flaggedLines()));
            if (report.kind().equals("CARRIER")) {
                pdf.text(text("km", report.kmDriven()));
            }
            if (report.kind().equals("SHOP")) {
                pdfTrips(pdf, report);
            }
            pdf.space(24);
            pdf.text(texts.getString("attestation"));
            pdf.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shopping trips after the home deliveries: a blank row, the section's name, its own header and totals. */
    private void csvTrips(CSVPrinter csv, MonthlyReport report) throws IOException {
        TripSection trips = report.trips();
        csv.println();
        csv.printRecord(texts.getString("trips.title"));
        csv.printRecord(texts.getString("trips.csv.header").split(";"));
        for (TripLine l : trips.lines()) {
            csv.printRecord(l.date(), l.trip(), orEmpty(l.householdName()), orEmpty(l.address()), orEmpty(l.village()),
                    l.basis() == null ? "" : label("basis." + l.basis()), l.seats(), SpreadsheetCsv.kronor(l.subsidyOre()),
                    flags(l.flags()));
        }
        csv.printRecord(texts.getString("trips.csv.totals"), "", "", "", "", "", trips.seats(),
                SpreadsheetCsv.kronor(trips.subsidyOre()), "");
        csv.printRecord(texts.getString("trips.csv.grandTotal"), "", "", "", "", "", "",
                SpreadsheetCsv.kronor(report.totalSubsidyOre()), "");
    }

    private void pdfTrips(PdfWriter pdf, MonthlyReport report) {
        TripSection trips = report.trips();
        pdf.space(10);
        pdf.boldText(texts.getString("trips.title"));
        pdf.columns(TRIP_COLUMNS, TRIP_RIGHT, texts.getString("col.date"), texts.getString("trips.col.trip"),
                texts.getString("col.household"), texts.getString("col.village"), texts.getString("col.basis"),
                texts.getString("trips.col.seats"), texts.getString("col.subsidy"), texts.getString("col.checks"));
        pdf.rule();
        for (TripLine l : trips.lines()) {
            pdf.columns(TRIP_COLUMNS, TRIP_RIGHT, l.date().toString().substring(5), l.trip(),
                    l.householdName() == null ? "–" : l.householdName(), orEmpty(l.village()),
                    l.basis() == null ? "–" : label("basis." + l.basis()), String.valueOf(l.seats()),
                    SpreadsheetCsv.kronor(l.subsidyOre()), flags(l.flags()));
        }
        if (trips.lines().isEmpty()) {
            pdf.text(texts.getString("trips.none"));
        }
        pdf.rule();
        pdf.text(text("trips.totals", trips.households(), trips.trips(), trips.seats(), SpreadsheetCsv.kronor(trips.subsidyOre()),
                trips.flaggedLines()));
        pdf.boldText(text("trips.grandTotal", SpreadsheetCsv.kronor(report.totalSubsidyOre())));
    }

    private String flags(java.util.List<String> flags) {
        return String.join(", ", flags.stream().map(f -> label("flag." + f)).toList());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private String mode(String carrierMode) {
        return carrierMode == null ? "" : label("mode." + carrierMode);
    }

    private String orUnknown(String value) {
        return value == null || value.isBlank() ? texts.getString("unknown") : value;
    }

    private String label(String key) {
        return texts.containsKey(key) ? texts.getString(key) : key.substring(key.indexOf('.') + 1);
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }


    private static String km(int metres) {
        return String.format(Locale.ROOT, "%d,%d", metres / 1000, metres % 1000 / 100);
    }
}
