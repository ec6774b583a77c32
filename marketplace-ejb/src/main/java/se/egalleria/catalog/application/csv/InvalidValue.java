package se.egalleria.catalog.application.csv;

import java.util.List;

/**
 * A cell value that cannot be used; the row reader turns it into a {@link CsvProblem} for the cell.
 * Without a stack trace: a file with thousands of bad cells should not cost thousands of traces.
 */
final class InvalidValue extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    InvalidValue(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    String messageKey() {
        return messageKey;
    }

    List<Object> arguments() {
        return arguments;
    }
}
