package se.egalleria.shared;

import java.time.Duration;

/** Too many attempts: the caller has to wait (429 with Retry-After). */
public class TooManyAttemptsException extends DomainException {

    private final transient Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
