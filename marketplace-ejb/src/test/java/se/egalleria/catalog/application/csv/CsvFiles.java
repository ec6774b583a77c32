package se.egalleria.catalog.application.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Product files for tests: lines joined with CRLF as Excel writes them. */
final class CsvFiles {

    private CsvFiles() {
    }

    static String text(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    static ParsedProducts read(String... lines) {
        return read(text(lines), StandardCharsets.UTF_8);
    }

    static ParsedProducts read(String text, Charset charset) {
        return read(text.getBytes(charset));
    }

    static ParsedProducts read(byte[] bytes) {
        return ProductCsv.read(new ByteArrayInputStream(bytes));
    }

    static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    static byte[] write(List<ProductRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProductCsv.write(rows, out);
        return out.toByteArray();
    }
}
