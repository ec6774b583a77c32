package se.egalleria.ordering.domain;

/** How the resident pays. Card and Swish providers plug in later behind the same interface. */
public enum PaymentMethod {
    /** Paid to the carrier or in the shop when the goods are handed over. */
    PAY_ON_DELIVERY,
    /** The shop sends an invoice. */
    INVOICE
}
