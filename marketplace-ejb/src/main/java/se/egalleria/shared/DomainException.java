package se.egalleria.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Base of every expected, user-facing failure. Carries a message key (resolved in the web
 * layer's resource bundles) and its arguments, never a ready-made sentence.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    protected DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
