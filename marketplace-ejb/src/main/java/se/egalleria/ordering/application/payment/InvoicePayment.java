package se.egalleria.ordering.application.payment;

import jakarta.enterprise.context.ApplicationScoped;
import se.egalleria.ordering.domain.PaymentStatus;

/** The shop invoices the resident; the order says so and the shop's inbox lists it as an invoice to send. */
@ApplicationScoped
public class InvoicePayment implements PaymentProvider {

    public static final String CODE = "INVOICE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public PaymentOutcome start(PaymentRequest request) {
        return PaymentOutcome.settledLater(PaymentStatus.INVOICE_TO_SEND);
    }
}
