package se.egalleria.ordering.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An order with everything the resident and the shop need to see: lines, delivery, payment, totals. */
public record OrderDetail(String number, String status, long shopId, String shopName, Instant placedAt,
                          String customerName, String email, String phone, String street, String postalCode,
                          String village, String instructions, String delivery, LocalDate deliveryDate,
                          String pickupAt, String payment, String paymentStatus, long itemsTotalOre,
                          long deliveryFeeOre, long totalOre, long vatOre, List<OrderLineView> lines) {

    public OrderDetail {
        lines = List.copyOf(lines);
    }
}
