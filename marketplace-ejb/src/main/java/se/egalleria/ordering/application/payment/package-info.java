/**
 * How orders get paid. Each way to pay is a {@link se.egalleria.ordering.application.payment.PaymentProvider};
 * today pay-on-delivery and invoice (both settled outside the gallery); card or Swish providers
 * plug in as further beans without changing checkout.
 */
package se.egalleria.ordering.application.payment;
