package se.egalleria.catalog.application.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a whole product file, collecting every problem rather than stopping at the first. */
final class ProductCsvReader {

    private final List<ProductRow> rows = new ArrayList<>();
    private final List<CsvProblem> problems = new ArrayList<>();
    private ProductRowParser rowParser;
    private int productLines;

    static ParsedProducts read(InputStream in) {
        String text = TextDecoding.decode(readAll(in));
        return new ProductCsvReader().readText(text);
    }

    private ParsedProducts readText(String text) {
        FileLayout layout = FileLayout.detect(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(layout.delimiter())
                // Empty lines are skipped below; kept here so that line numbers can be counted.
                .setIgnoreEmptyLines(false)
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            long linesBefore = 0;
            try {
                while (records.hasNext()) {
                    List<String> values = records.next().toList();
                    int line = Math.toIntExact(linesBefore + 1);
                    linesBefore = parser.getCurrentLineNumber();
                    boolean separatorHint = layout.separatorLine() && line == 1;
                    if (!separatorHint && !isBlank(values) && !accept(line, values)) {
                        return new ParsedProducts(List.of(), problems);
                    }
                }
            } catch (UncheckedIOException badQuotes) {
                // Commons CSV cannot go on after an unclosed quote; what came before still counts.
                problems.add(CsvProblem.of(Math.toIntExact(linesBefore + 1), "", "csv.error.quotes"));
            }
        } catch (IOException unexpected) {
            throw new UncheckedIOException(unexpected);
        }
        if (rowParser == null) {
            problems.add(CsvProblem.of(0, "", "csv.error.emptyFile"));
        }
        return new ParsedProducts(rows, problems);
    }

    /** Takes in one non-blank line; false when reading must stop and no row may be kept. */
    private boolean accept(int line, List<String> values) {
        if (rowParser == null) {
            return acceptHeader(line, values);
        }
        if (++productLines > ProductCsv.MAX_ROWS) {
            problems.clear();
            problems.add(CsvProblem.of(0, "", "csv.error.tooManyRows", ProductCsv.MAX_ROWS));
            return false;
        }
        rowParser.parse(line, values, problems).ifPresent(rows::add);
        return true;
    }

    private boolean acceptHeader(int line, List<String> values) {
        CsvHeader header = CsvHeader.read(line, values, problems);
        List<String> missing = header.missingRequired();
        if (!missing.isEmpty()) {
            problems.add(CsvProblem.of(line, "", "csv.error.missingColumns", String.join(", ", missing)));
            return false;
        }
        rowParser = new ProductRowParser(header);
        return true;
    }

    private static boolean isBlank(List<String> values) {
        // Excel writes ";;;;;" for a row it once had formatting in.
        return values.stream().allMatch(value -> Text.clean(value).isEmpty());
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
