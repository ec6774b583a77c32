package se.egalleria.ordering.application.payment;

import jakarta.enterprise.context.ApplicationScoped;
import se.egalleria.ordering.domain.PaymentStatus;

/** The carrier or the shop collects the amount when the goods are handed over (the delivery note shows it). */
@ApplicationScoped
public class PayOnDelivery implements PaymentProvider {

    public static final String CODE = "PAY_ON_DELIVERY";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public PaymentOutcome start(PaymentRequest request) {
        return PaymentOutcome.settledLater(PaymentStatus.TO_COLLECT);
    }
}
