package se.egalleria.catalog.application.csv;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Shops' product files: {@link #read} accepts what Swedish shops really have (Excel's semicolons
 * and decimal commas, Windows-1252 or UTF-8, Swedish or English headers in any order) and
 * {@link #write} produces a file that Swedish Excel opens right and {@link #read} reads back.
 */
public final class ProductCsv {

    /** More product lines than this and the file is refused as a whole. */
    public static final int MAX_ROWS = 50_000;

    private ProductCsv() {
    }

    /**
     * Every usable row and every problem; a row with a problem is left out. Never throws for
     * bad content.
     *
     * @throws java.io.UncheckedIOException when {@code in} cannot be read
     */
    public static ParsedProducts read(InputStream in) {
        return ProductCsvReader.read(in);
    }

    /**
     * UTF-8 with a byte order mark, ";" between values, CRLF line ends, the Swedish header.
     * Leaves {@code out} open.
     *
     * @throws java.io.UncheckedIOException when {@code out} cannot be written
     */
    public static void write(List<ProductRow> rows, OutputStream out) {
        ProductCsvWriter.write(rows, out);
    }
}
