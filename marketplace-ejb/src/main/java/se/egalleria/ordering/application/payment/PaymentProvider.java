package se.egalleria.ordering.application.payment;

/**
 * One way to pay, as a CDI bean: checkout finds providers by their code, so a card or Swish
 * provider is added by deploying another bean (and its label under {@code payment.<CODE>} in the
 * bundles), without changes to orders or checkout. Called inside the checkout transaction, once
 * per order placed: an exception or a failed answer rolls the whole checkout back.
 */
public interface PaymentProvider {

    /** The method's code that clients send and orders keep, e.g. {@code INVOICE}: A–Z, 0–9 and _, at most 30. */
    String code();

    /** Where it comes in the list offered to residents (lower first). */
    default int position() {
        return 100;
    }

    /** Whether residents of this municipality (its slug) may choose it, e.g. only where the provider has a contract. */
    default boolean availableIn(String municipality) {
        return true;
    }

    /** Starts the payment of a placed order: paid at once, pending (perhaps at a payment page) or failed. */
    PaymentOutcome start(PaymentRequest request);
}
