package se.egalleria.ordering.application.payment;

import jakarta.enterprise.context.ApplicationScoped;
import se.egalleria.ordering.domain.PaymentMethod;

/** The carrier or the shop collects the amount when the goods are handed over (the delivery note shows it). */
@ApplicationScoped
public class PayOnDelivery implements PaymentProvider {

    @Override
    public PaymentMethod method() {
        return PaymentMethod.PAY_ON_DELIVERY;
    }

    @Override
    public PaymentOutcome start(PaymentRequest request) {
        return PaymentOutcome.SETTLED_LATER;
    }
}
