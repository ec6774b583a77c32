package se.egalleria.ordering.application.payment;

import se.egalleria.ordering.domain.PaymentStatus;

/**
 * A provider's answer when an order's payment starts. {@code status} is what the order then
 * shows; {@code redirectUrl} is where the resident pays when the provider needs them on its own
 * page (card, Swish), else null.
 */
public record PaymentOutcome(Result result, PaymentStatus status, String redirectUrl) {

    public enum Result {
        PAID,
        PENDING,
        FAILED
    }

    /** The provider has the money. */
    public static PaymentOutcome paid() {
        return new PaymentOutcome(Result.PAID, PaymentStatus.PAID, null);
    }

    /** The money comes later, outside the gallery: collected on delivery or invoiced. */
    public static PaymentOutcome settledLater(PaymentStatus status) {
        return new PaymentOutcome(Result.PENDING, status, null);
    }

    /** The resident finishes the payment on the provider's page. */
    public static PaymentOutcome redirect(String url) {
        if (url == null || !url.startsWith("https://") || url.length() > 500) {
            throw new IllegalArgumentException("A payment page must be an https address of at most 500 characters");
        }
        return new PaymentOutcome(Result.PENDING, PaymentStatus.AWAITING_PAYMENT, url);
    }

    /** Refused (e.g. the card was declined): nothing is placed and the resident chooses again. */
    public static PaymentOutcome failed() {
        return new PaymentOutcome(Result.FAILED, null, null);
    }
}
