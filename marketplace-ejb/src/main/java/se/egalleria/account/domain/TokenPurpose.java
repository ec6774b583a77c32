package se.egalleria.account.domain;

import java.time.Duration;

/** What a link sent by e-mail is for, and how long it works. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofDays(2)),
    RESET_PASSWORD(Duration.ofHours(1)),
    INVITATION(Duration.ofDays(7));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
