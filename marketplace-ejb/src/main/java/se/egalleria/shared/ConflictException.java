package se.egalleria.shared;

/** The request clashes with what exists, e.g. an e-mail address already registered (409). */
public class ConflictException extends DomainException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** The problem type the API answers with; a more specific conflict names its own. */
    public String problemType() {
        return "conflict";
    }
}
