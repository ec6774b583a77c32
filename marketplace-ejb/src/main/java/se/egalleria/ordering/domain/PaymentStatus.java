package se.egalleria.ordering.domain;

/** Where the money stands. */
public enum PaymentStatus {
    /** To be collected when the goods are handed over. */
    TO_COLLECT,
    /** The shop is to send an invoice. */
    INVOICE_TO_SEND,
    /** A payment provider has confirmed the payment. */
    PAID
}
