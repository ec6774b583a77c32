package se.egalleria.ordering.application.payment;

/** What a provider needs to take the money for one order. */
public record PaymentRequest(String orderNumber, long shopId, long amountOre, String customerEmail) {
}
