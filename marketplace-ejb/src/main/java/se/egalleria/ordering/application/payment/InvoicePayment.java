package se.egalleria.ordering.application.payment;

import jakarta.enterprise.context.ApplicationScoped;
import se.egalleria.ordering.domain.PaymentMethod;

/** The shop invoices the resident; the order says so and the shop's inbox lists it as an invoice to send. */
@ApplicationScoped
public class InvoicePayment implements PaymentProvider {

    @Override
    public PaymentMethod method() {
        return PaymentMethod.INVOICE;
    }

    @Override
    public PaymentOutcome start(PaymentRequest request) {
        return PaymentOutcome.SETTLED_LATER;
    }
}
