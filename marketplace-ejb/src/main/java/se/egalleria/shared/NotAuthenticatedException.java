package se.egalleria.shared;

/** The caller must sign in (or send a valid bearer token) first (401). */
public class NotAuthenticatedException extends DomainException {

    public NotAuthenticatedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
