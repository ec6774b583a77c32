package se.egalleria.web.security;

import jakarta.enterprise.context.RequestScoped;
import se.egalleria.account.application.SignInResult;

/** How this request's password sign-in went, for the page to say why it failed. */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    void record(SignInResult outcome) {
        this.result = outcome;
    }

    public boolean wasLocked() {
        return result instanceof SignInResult.Locked;
    }

    public long lockedMinutes() {
        return result instanceof SignInResult.Locked locked ? Math.max(1, (locked.remaining().toSeconds() + 59) / 60) : 0;
    }
}
