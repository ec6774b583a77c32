package se.egalleria.shared;

/** The caller is known but may not do this (403). */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
