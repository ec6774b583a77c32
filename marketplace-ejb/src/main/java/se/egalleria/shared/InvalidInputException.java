package se.egalleria.shared;

/** A value the caller sent is not acceptable; names the field so the UI can show it there. */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
