package se.egalleria.ordering.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order with everything the resident and the shop need to see: lines, delivery, payment, totals.
 * {@code paymentUrl}: the payment provider's page where the resident pays, or null;
 * {@code organisation}: the municipal unit it was ordered for, or null for a resident's order.
 */
public record OrderDetail(String number, String status, long shopId, String shopName, Instant placedAt,
                          String customerName, String email, String phone, String street, String postalCode,
                          String village, String instructions, String delivery, LocalDate deliveryDate,
                          String pickupAt, String payment, String paymentStatus, long itemsTotalOre,
                          long deliveryFeeOre, long totalOre, long vatOre, List<OrderLineView> lines,
                          Long carrierId, String carrierName, String statusNote, Instant statusChangedAt,
                          Instant deliveredAt, boolean recipientConfirmed, List<String> nextSteps, String channel,
                          String placedBy, String paymentUrl, String organisation) {

    public OrderDetail {
        lines = List.copyOf(lines);
        nextSteps = List.copyOf(nextSteps);
    }

    /** An order paid without a provider's page (pay on delivery, invoice). */
    public OrderDetail(String number, String status, long shopId, String shopName, Instant placedAt,
                       String customerName, String email, String phone, String street, String postalCode,
                       String village, String instructions, String delivery, LocalDate deliveryDate,
                       String pickupAt, String payment, String paymentStatus, long itemsTotalOre,
                       long deliveryFeeOre, long totalOre, long vatOre, List<OrderLineView> lines,
                       Long carrierId, String carrierName, String statusNote, Instant statusChangedAt,
                       Instant deliveredAt, boolean recipientConfirmed, List<String> nextSteps, String channel,
                       String placedBy) {
        this(number, status, shopId, shopName, placedAt, customerName, email, phone, street, postalCode, village,
                instructions, delivery, deliveryDate, pickupAt, payment, paymentStatus, itemsTotalOre, deliveryFeeOre,
                totalOre, vatOre, lines, carrierId, carrierName, statusNote, statusChangedAt, deliveredAt,
                recipientConfirmed, nextSteps, channel, placedBy, null, null);
    }

    /** What the carrier collects on delivery (nothing when the resident pays by invoice). */
    public long toCollectOre() {
        return "PAY_ON_DELIVERY".equals(payment) ? totalOre : 0;
    }

    /** Chilled or frozen goods: they travel in a cooler bag. */
    public boolean needsCoolerBag() {
        return lines.stream().anyMatch(OrderLineView::coolerBag);
    }
}
