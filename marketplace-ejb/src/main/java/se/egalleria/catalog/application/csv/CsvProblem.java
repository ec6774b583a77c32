package se.egalleria.catalog.application.csv;

import java.util.List;

/**
 * One thing wrong in a product file. Carries a message key ({@code csv.error.*}) and its arguments,
 * never user text: the web layer translates it.
 *
 * @param line   1-based line in the file; 0 when the problem concerns the file as a whole
 * @param column the column's header as written in the file, "" when the problem concerns a whole line
 */
public record CsvProblem(int line, String column, String messageKey, List<Object> arguments) {

    public CsvProblem {
        arguments = List.copyOf(arguments);
    }

    static CsvProblem of(int line, String column, String messageKey, Object... arguments) {
        return new CsvProblem(line, column, messageKey, List.of(arguments));
    }
}
