/**
 * How orders get paid. Each way to pay is a {@link se.egalleria.ordering.application.payment.PaymentProvider}
 * bean found by its code; today pay-on-delivery and invoice (both settled outside the gallery);
 * card or Swish providers plug in as further beans without changing checkout or orders.
 */
package se.egalleria.ordering.application.payment;
