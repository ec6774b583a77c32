package se.egalleria.account.domain;

/** Where an account is in its life. */
public enum AccountStatus {
    /** Registered; the e-mail address is not yet confirmed. */
    PENDING_VERIFICATION,
    /** Invited by someone above it; no password yet. */
    INVITED,
    ACTIVE,
    /** Deleted at the owner's request; personal fields are anonymised, the row stays for bookkeeping. */
    DELETED
}
