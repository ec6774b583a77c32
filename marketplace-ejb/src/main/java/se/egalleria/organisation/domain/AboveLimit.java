package se.egalleria.organisation.domain;

/** What an agreement does with an order that would pass the month's limit. */
public enum AboveLimit {
    /** The order is refused at checkout. */
    REFUSE,
    /** The order waits until the municipality approves (or refuses) it. */
    NEEDS_APPROVAL
}
