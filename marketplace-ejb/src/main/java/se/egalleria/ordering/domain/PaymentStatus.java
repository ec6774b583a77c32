package se.egalleria.ordering.domain;

/** Where the money stands; the way to pay itself is the payment provider's code, kept on the order as text. */
public enum PaymentStatus {
    /** To be collected when the goods are handed over. */
    TO_COLLECT,
    /** The shop is to send an invoice. */
    INVOICE_TO_SEND,
    /** The resident is to pay on the payment provider's page. */
    AWAITING_PAYMENT,
    /** A payment provider has confirmed the payment. */
    PAID
}
