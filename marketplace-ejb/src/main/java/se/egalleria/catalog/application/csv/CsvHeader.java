package se.egalleria.catalog.application.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which position of a line holds which column, read from the header line. */
final class CsvHeader {

    private final Map<Column, Integer> positions = new EnumMap<>(Column.class);
    private final Map<Column, String> written = new EnumMap<>(Column.class);
    /** Per position: whether the header line names it (known or not). */
    private final boolean[] headed;

    private CsvHeader(int size) {
        this.headed = new boolean[size];
    }

    /** Reads the header names; unknown and repeated columns are added to {@code problems}. */
    static CsvHeader read(int line, List<String> names, List<CsvProblem> problems) {
        CsvHeader header = new CsvHeader(names.size());
        for (int position = 0; position < names.size(); position++) {
            String name = Text.clean(names.get(position));
            if (name.isEmpty()) {
                // Excel's trailing ";" gives an empty header; a value under it is reported per line.
                continue;
            }
            header.headed[position] = true;
            Optional<Column> column = Column.byHeader(name);
            if (column.isEmpty()) {
                problems.add(CsvProblem.of(line, name, "csv.error.unknownColumn", name));
            } else if (header.positions.containsKey(column.get())) {
                problems.add(CsvProblem.of(line, name, "csv.error.duplicateColumn", name));
            } else {
                header.positions.put(column.get(), position);
                header.written.put(column.get(), name);
            }
        }
        return header;
    }

    /** The required columns that are missing, in Swedish; "artikelnummer/ean" when both identifiers are. */
    List<String> missingRequired() {
        List<String> missing = new ArrayList<>();
        if (!has(Column.SKU) && !has(Column.EAN)) {
            missing.add(Column.SKU.swedish() + "/" + Column.EAN.swedish());
        }
        for (Column required : List.of(Column.NAME, Column.PRICE, Column.VAT)) {
            if (!has(required)) {
                missing.add(required.swedish());
            }
        }
        return missing;
    }

    boolean has(Column column) {
        return positions.containsKey(column);
    }

    /** The column's value on a line, "" when the file has no such column or the line ends early. */
    String valueOf(Column column, List<String> values) {
        Integer position = positions.get(column);
        return position == null || position >= values.size() ? "" : Text.clean(values.get(position));
    }

    /** The header as written in the file, or the Swedish one if the file lacks the column. */
    String nameOf(Column column) {
        return written.getOrDefault(column, column.swedish());
    }

    /** 1-based position of the first non-empty value that no column heading covers, if any. */
    Optional<Integer> firstValueOutside(List<String> values) {
        for (int position = 0; position < values.size(); position++) {
            boolean headed = position < this.headed.length && this.headed[position];
            if (!headed && !Text.clean(values.get(position)).isEmpty()) {
                return Optional.of(position + 1);
            }
        }
        return Optional.empty();
    }
}
