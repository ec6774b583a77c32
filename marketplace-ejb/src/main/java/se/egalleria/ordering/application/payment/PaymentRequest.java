package se.egalleria.ordering.application.payment;

/** What a provider needs to take the money for one order; {@code language} for its payment page (sv, en). */
public record PaymentRequest(String orderNumber, long shopId, long amountOre, String customerEmail, String language) {
}
