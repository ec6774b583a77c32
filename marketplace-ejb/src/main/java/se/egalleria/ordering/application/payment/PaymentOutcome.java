package se.egalleria.ordering.application.payment;

/** What the provider did: the money is settled later (on delivery, by invoice) or it is confirmed now. */
public enum PaymentOutcome {
    SETTLED_LATER,
    CONFIRMED
}
