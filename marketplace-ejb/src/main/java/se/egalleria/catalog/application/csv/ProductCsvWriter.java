package se.egalleria.catalog.application.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes product rows the way Swedish Excel opens them without asking: UTF-8 with BOM, ";", decimal comma. */
final class ProductCsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private ProductCsvWriter() {
    }

    /** Leaves {@code out} open: it belongs to the caller. */
    static void write(List<ProductRow> rows, OutputStream out) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            // Without the byte order mark Excel takes the file for Windows-1252 and garbles å, ä and ö.
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(Arrays.stream(Column.values()).map(Column::swedish));
            for (ProductRow row : rows) {
                printer.printRecord(values(row));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** In the order of {@link Column}. */
    private static List<String> values(ProductRow row) {
        return List.of(
                orEmpty(row.sku()),
                orEmpty(row.ean()),
                row.name(),
                row.description(),
                row.category(),
                Prices.format(row.priceOre()),
                Vocabulary.written(row.vat()),
                Vocabulary.written(row.unit()),
                row.netQuantity() == null ? "" : NetQuantities.format(row.netQuantity()),
                Vocabulary.writtenStock(row.stock()),
                Vocabulary.written(row.storage()),
                Vocabulary.writtenVisible(row.visible()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
