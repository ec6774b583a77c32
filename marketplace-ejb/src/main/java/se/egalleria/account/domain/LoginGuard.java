package se.egalleria.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/** Failed logins in a row, and the lockout they lead to. */
@Embeddable
public class LoginGuard {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Duration remainingLock(Instant now) {
        return isLocked(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    /** Counts a failure; the fifth in a row locks for {@link #LOCKOUT}. */
    public void failed(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCKOUT);
            failedLogins = 0;
        }
    }

    public void succeeded() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
