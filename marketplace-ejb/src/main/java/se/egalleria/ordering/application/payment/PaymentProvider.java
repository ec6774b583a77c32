package se.egalleria.ordering.application.payment;

import se.egalleria.ordering.domain.PaymentMethod;

/** One way to pay. Called inside the checkout transaction, once per order placed. */
public interface PaymentProvider {

    PaymentMethod method();

    /** Starts the payment of a placed order; a provider that takes money at once answers CONFIRMED. */
    PaymentOutcome start(PaymentRequest request);
}
