package se.egalleria.account.application;

import java.time.Instant;

/** A new API token; the only time the token itself is seen. */
public record IssuedToken(String token, Instant expiresAt) {
}
