package se.egalleria.catalog.application.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The values of one line by column, collecting a problem for each cell that cannot be used. */
final class Cells {

    private final CsvHeader header;
    private final int line;
    private final List<String> values;
    private final List<CsvProblem> problems = new ArrayList<>();

    Cells(CsvHeader header, int line, List<String> values) {
        this.header = header;
        this.line = line;
        this.values = values;
    }

    boolean isEmpty(Column column) {
        return header.valueOf(column, values).isEmpty();
    }

    /** The text, or null when empty or longer than {@code maxLength}. */
    String text(Column column, int maxLength) {
        String value = header.valueOf(column, values);
        if (Text.length(value) > maxLength) {
            problem(column, "csv.error.tooLong", maxLength, Text.length(value));
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    String requiredText(Column column, int maxLength) {
        if (isEmpty(column)) {
            problem(column, "csv.error.required");
        }
        return text(column, maxLength);
    }

    /** What {@code parser} makes of the value; {@code whenEmpty} for an empty value, null for a bad one. */
    <T> T optional(Column column, Function<String, T> parser, T whenEmpty) {
        String value = header.valueOf(column, values);
        if (value.isEmpty()) {
            return whenEmpty;
        }
        try {
            return parser.apply(value);
        } catch (InvalidValue invalid) {
            problems.add(new CsvProblem(line, header.nameOf(column), invalid.messageKey(), invalid.arguments()));
            return null;
        }
    }

    /** What {@code parser} makes of the value, or null (with a problem) when it is empty or bad. */
    <T> T required(Column column, Function<String, T> parser) {
        if (isEmpty(column)) {
            problem(column, "csv.error.required");
            return null;
        }
        return optional(column, parser, null);
    }

    void problem(Column column, String messageKey, Object... arguments) {
        problems.add(CsvProblem.of(line, header.nameOf(column), messageKey, arguments));
    }

    void lineProblem(String messageKey, Object... arguments) {
        problems.add(CsvProblem.of(line, "", messageKey, arguments));
    }

    List<CsvProblem> problems() {
        return problems;
    }
}
