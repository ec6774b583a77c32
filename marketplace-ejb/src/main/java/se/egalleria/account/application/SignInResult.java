package se.egalleria.account.application;

import java.time.Duration;

/**
 * The outcome of a password sign-in. A result rather than an exception, so that the failure
 * count is committed even when the sign-in fails.
 */
public sealed interface SignInResult {

    /** Signed in. */
    record Success(CallerIdentity identity) implements SignInResult {
    }

    /** Wrong e-mail or password, or an account that cannot sign in; deliberately not saying which. */
    record Failed() implements SignInResult {
    }

    /** Too many failures in a row: try again after the lock. */
    record Locked(Duration remaining) implements SignInResult {
    }
}
