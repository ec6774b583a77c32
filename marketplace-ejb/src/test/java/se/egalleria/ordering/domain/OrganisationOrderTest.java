package se.egalleria.ordering.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A municipal unit's order: marked with the unit, and above its limit waiting for the municipality. */
class OrganisationOrderTest {

    private static CustomerOrder unitOrder() {
        CustomerOrder order = new CustomerOrder(1, 2, 3L, new Customer("Skolköket Laisvall", "kock@example.se",
                "0961-123 45"), new DeliveryAddress("Skolvägen 2", "93092", 5, ""),
                new Delivery(DeliveryMethod.SHOP_PICKUP, null, null, 0), "INVOICE", "sv", Instant.EPOCH);
        order.placedForOrganisation(7, "Skolköket Laisvall", "kock@example.se");
        return order;
    }

    @Test
    void anOrderAwaitingApprovalTakesNoWorkflowStepUntilApproved() {
        CustomerOrder order = unitOrder();
        order.awaitApproval();
        assertEquals(OrderStatus.AWAITING_APPROVAL, order.status());
        assertTrue(Arrays.stream(OrderStatus.values()).noneMatch(order::canMoveTo), "the shop cannot act on it");

        order.approve("Julfesten", Instant.EPOCH.plusSeconds(60));
        assertEquals(OrderStatus.NEW, order.status());
        assertEquals("Julfesten", order.statusNote());
        assertTrue(order.canMoveTo(OrderStatus.ACCEPTED));
        assertThrows(IllegalStateException.class, () -> order.approve(null, Instant.EPOCH));
    }

    @Test
    void aRefusedOrderIsRejectedWithTheReason() {
        CustomerOrder order = unitOrder();
        order.awaitApproval();
        order.refuseApproval("Budgeten är slut", Instant.EPOCH);
        assertEquals(OrderStatus.REJECTED, order.status());
        assertEquals("Budgeten är slut", order.statusNote());
        assertFalse(order.canMoveTo(OrderStatus.NEW));
    }

    @Test
    void onlyAUnitsNewOrderCanWaitForApproval() {
        CustomerOrder resident = new CustomerOrder(1, 2, 3L, new Customer("Elsa", "elsa@example.se", "070"),
                new DeliveryAddress("Byvägen 3", "93090", 5, ""), new Delivery(DeliveryMethod.SHOP_PICKUP, null, null,
                0), "INVOICE", "sv", Instant.EPOCH);
        assertThrows(IllegalStateException.class, resident::awaitApproval);
        assertEquals(7L, unitOrder().organisationUnitId());
        assertEquals("Skolköket Laisvall", unitOrder().organisationName());
    }
}
