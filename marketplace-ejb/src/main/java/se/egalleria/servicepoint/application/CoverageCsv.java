package se.egalleria.servicepoint.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Service coverage as a CSV table the way Swedish Excel opens it (UTF-8 with BOM, semicolons,
 * decimal comma in Swedish): a row per village; an empty distance means there is no such shop.
 */
public final class CoverageCsv {

    private final ResourceBundle texts;
    private final boolean decimalComma;

    public CoverageCsv(Locale locale) {
        Locale supported = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        this.texts = ResourceBundle.getBundle("se.egalleria.servicepoint.csv", supported,
                CoverageCsv.class.getClassLoader());
        this.decimalComma = !"en".equals(supported.getLanguage());
    }

    public static String fileName(CoverageReport report) {
        return "servicetackning-" + report.limitKm() + "km.csv";
    }

    public byte[] csv(CoverageReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The byte order mark tells Excel the file is UTF-8 (else å, ä, ö come out wrong).
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            csv.printRecord((Object[]) MessageFormat.format(texts.getString("header"), report.limitKm()).split(";"));
            for (VillageCoverage v : report.villages()) {
                csv.printRecord(v.village(), number(v.latitude()), number(v.longitude()),
                        v.households() == null ? "" : v.households(), text(v.nearestShop()), number(v.shopKm()),
                        text(v.nearestServicePoint()), number(v.servicePointKm()),
                        texts.getString(v.beyondLimit() ? "yes" : "no"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String text = value.toPlainString();
        return decimalComma ? text.replace('.', ',') : text;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
