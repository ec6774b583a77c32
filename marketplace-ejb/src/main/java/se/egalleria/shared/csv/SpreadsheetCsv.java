package se.egalleria.shared.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV files the gallery hands out (reports, statistics, invoice summaries), as Swedish Excel
 * opens them: UTF-8 with a byte order mark (without it Excel garbles å, ä, ö) and semicolons,
 * since the comma is the decimal sign.
 */
public final class SpreadsheetCsv {

    /** What writes the rows of one file. */
    @FunctionalInterface
    public interface Rows {
        void write(CSVPrinter csv) throws IOException;
    }

    private SpreadsheetCsv() {
    }

    public static byte[] write(Rows rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            rows.write(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Kronor with a decimal comma and no currency (1234,50): what a Swedish spreadsheet can sum. */
    public static String kronor(long ore) {
        return (ore < 0 ? "-" : "") + Math.abs(ore) / 100 + "," + String.format(Locale.ROOT, "%02d", Math.abs(ore) % 100);
    }
}
