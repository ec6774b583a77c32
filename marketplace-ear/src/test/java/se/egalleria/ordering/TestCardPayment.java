package se.egalleria.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import se.egalleria.ordering.application.payment.PaymentOutcome;
import se.egalleria.ordering.application.payment.PaymentProvider;
import se.egalleria.ordering.application.payment.PaymentRequest;

/**
 * A card provider as a third party would add one: only a bean, deployed into the EJB module by
 * {@link PaymentProviderPluginIT}. Offered in Arjeplog only; a card of a "declined" address fails,
 * any other sends the resident to the provider's page.
 */
@ApplicationScoped
public class TestCardPayment implements PaymentProvider {

    static final String CODE = "TEST_CARD";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    public boolean availableIn(String municipality) {
        return "arjeplog".equals(municipality);
    }

    @Override
    public PaymentOutcome start(PaymentRequest request) {
        if (request.customerEmail().startsWith("declined")) {
            return PaymentOutcome.failed();
        }
        return PaymentOutcome.redirect("https://pay.example.test/" + request.orderNumber() + "?amount="
                + request.amountOre() + "&lang=" + request.language());
    }
}
