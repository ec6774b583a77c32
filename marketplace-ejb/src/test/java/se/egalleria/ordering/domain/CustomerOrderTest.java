package se.egalleria.ordering.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CustomerOrderTest {

    private static CustomerOrder order(Delivery delivery, String payment) {
        return new CustomerOrder(1, 2, null, new Customer("Elsa", "elsa@example.se", "070-123 45 67"),
                new DeliveryAddress("Byvägen 3", "93090", 5, ""), delivery, payment, "sv", Instant.EPOCH);
    }

    @Test
    void totalsAreLinesPlusFeeWithVatPerLine() {
        CustomerOrder order = order(new Delivery(DeliveryMethod.HOME_DELIVERY, LocalDate.of(2026, 12, 1), null, 2000),
                "PAY_ON_DELIVERY");
        order.addLine(10, "Mellanmjölk", null, "PIECE", "CHILLED", 3, 1590, 12);
        order.addLine(11, "Tändstickor", null, "PIECE", "AMBIENT", 1, 1000, 25);

        assertEquals(5770, order.itemsTotalOre());
        assertEquals(7770, order.totalOre());
        // 4770 incl. 12 % VAT → 511.07… → 511; 1000 incl. 25 % → 200.
        assertEquals(511, order.lines().get(0).vatOre());
        assertEquals(200, order.lines().get(1).vatOre());
        assertEquals(2, order.lines().get(1).lineNumber());
    }

    @Test
    void vatIsRoundedHalfUp() {
        assertEquals(1, OrderLine.vatIncluded(9, 12), "0.964 öre");
        assertEquals(0, OrderLine.vatIncluded(4, 12), "0.43 öre");
        assertEquals(20, OrderLine.vatIncluded(100, 25));
        assertEquals(566, OrderLine.vatIncluded(10000, 6), "566.04 öre");
    }

    @Test
    void invoiceOrdersWaitForTheirInvoice() {
        CustomerOrder order = order(new Delivery(DeliveryMethod.SHOP_PICKUP, null, null, 0), "INVOICE");
        assertEquals(PaymentStatus.AWAITING_PAYMENT, order.paymentStatus(), "until the provider answers");
        order.paymentStarted(PaymentStatus.INVOICE_TO_SEND, null);
        assertEquals(PaymentStatus.INVOICE_TO_SEND, order.paymentStatus());
        assertEquals("INVOICE", order.paymentMethod());
        assertEquals(0, order.totalOre());
    }

    @Test
    void aProvidersPaymentPageIsKeptUntilPaid() {
        CustomerOrder order = order(new Delivery(DeliveryMethod.SHOP_PICKUP, null, null, 0), "SWISH");
        order.paymentStarted(PaymentStatus.AWAITING_PAYMENT, "https://pay.example/abc");
        assertEquals("https://pay.example/abc", order.paymentUrl());
        order.markPaid();
        assertEquals(PaymentStatus.PAID, order.paymentStatus());
        assertEquals(null, order.paymentUrl());
        assertThrows(IllegalArgumentException.class, () -> order.paymentStarted(null, null));
    }

    @Test
    void homeDeliveryNeedsADateAndServicePointPickupAPlace() {
        assertThrows(IllegalArgumentException.class, () -> new Delivery(DeliveryMethod.HOME_DELIVERY, null, null, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Delivery(DeliveryMethod.SERVICE_POINT_PICKUP, null, null, 0));
    }

    @Test
    void homeDeliveryGoesThroughTheCarrier() {
        CustomerOrder order = order(new Delivery(DeliveryMethod.HOME_DELIVERY, LocalDate.of(2026, 12, 1), null, 2000),
                "PAY_ON_DELIVERY");
        order.moveTo(OrderStatus.ACCEPTED, "", Instant.EPOCH);
        order.moveTo(OrderStatus.PACKED, "", Instant.EPOCH);
        assertEquals(false, order.canMoveTo(OrderStatus.READY_FOR_PICKUP), "not a pickup order");
        assertThrows(IllegalStateException.class, () -> order.moveTo(OrderStatus.HANDED_TO_CARRIER, "", Instant.EPOCH),
                "no carrier yet");
        order.assignCarrier(3);
        order.moveTo(OrderStatus.HANDED_TO_CARRIER, "", Instant.EPOCH);
        assertThrows(IllegalStateException.class, () -> order.assignCarrier(4), "the carrier has it");
        order.moveTo(OrderStatus.DELIVERY_FAILED, "Ingen hemma", Instant.EPOCH);
        order.moveTo(OrderStatus.HANDED_TO_CARRIER, "", Instant.EPOCH);
        order.deliver(Instant.ofEpochSecond(60), "Lämnat på trappan", true, Instant.ofEpochSecond(61));

        assertEquals(OrderStatus.DELIVERED, order.status());
        assertEquals("Lämnat på trappan", order.statusNote());
        assertEquals(true, order.isRecipientConfirmed());
        assertEquals(false, order.canMoveTo(OrderStatus.REJECTED), "delivered is final");
    }

    @Test
    void pickupOrdersAreReadyThenPickedUp() {
        CustomerOrder order = order(new Delivery(DeliveryMethod.SHOP_PICKUP, null, null, 0), "INVOICE");
        assertEquals(false, order.canMoveTo(OrderStatus.PACKED), "accept first");
        order.moveTo(OrderStatus.ACCEPTED, "", Instant.EPOCH);
        order.moveTo(OrderStatus.PACKED, "", Instant.EPOCH);
        assertEquals(false, order.canMoveTo(OrderStatus.HANDED_TO_CARRIER));
        assertThrows(IllegalStateException.class, () -> order.assignCarrier(3));
        order.moveTo(OrderStatus.READY_FOR_PICKUP, "", Instant.EPOCH);
        order.moveTo(OrderStatus.PICKED_UP, "", Instant.EPOCH);
        assertEquals(true, order.status().isClosed());
    }

    @Test
    void rejectionOnlyBeforePacking() {
        CustomerOrder order = order(new Delivery(DeliveryMethod.SHOP_PICKUP, null, null, 0), "INVOICE");
        assertEquals(true, order.canMoveTo(OrderStatus.REJECTED));
        order.moveTo(OrderStatus.ACCEPTED, "", Instant.EPOCH);
        assertEquals(true, order.canMoveTo(OrderStatus.REJECTED));
        order.moveTo(OrderStatus.PACKED, "", Instant.EPOCH);
        assertEquals(false, order.canMoveTo(OrderStatus.REJECTED));
    }
}
