package se.egalleria.shared;

/** Something the caller asked for does not exist in the caller's municipality. */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
