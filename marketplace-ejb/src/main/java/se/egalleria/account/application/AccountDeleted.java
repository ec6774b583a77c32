package se.egalleria.account.application;

/**
 * An account was deleted at its owner's request (GDPR). Fired inside the deleting transaction, so
 * other areas can remove or anonymise the personal data they keep about it, all or nothing.
 */
public record AccountDeleted(long accountId) {
}
