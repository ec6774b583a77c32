package se.egalleria.ordering.domain;

import java.util.Set;

/**
 * Where an order is in the shop's and the carrier's workflow:
 * new → accepted (or rejected) → packed → handed to carrier → delivered (or delivery failed);
 * pickup orders: packed → ready for pickup → picked up. An organisation's order above its
 * monthly limit waits for the municipality first (awaiting approval → new, or rejected); the shop
 * takes no step on it until then.
 */
public enum OrderStatus {
    AWAITING_APPROVAL,
    NEW,
    ACCEPTED,
    REJECTED,
    PACKED,
    HANDED_TO_CARRIER,
    DELIVERED,
    DELIVERY_FAILED,
    READY_FOR_PICKUP,
    PICKED_UP;

    /** Statuses from which this one can be reached. */
    Set<OrderStatus> reachableFrom() {
        return switch (this) {
            // Approval is the municipality's decision, not a workflow step: see CustomerOrder.approve().
            case AWAITING_APPROVAL, NEW -> Set.of();
            case ACCEPTED -> Set.of(NEW);
            case REJECTED -> Set.of(NEW, ACCEPTED);
            case PACKED -> Set.of(ACCEPTED);
            case HANDED_TO_CARRIER -> Set.of(PACKED, DELIVERY_FAILED);
            case DELIVERED, DELIVERY_FAILED -> Set.of(HANDED_TO_CARRIER);
            case READY_FOR_PICKUP -> Set.of(PACKED);
            case PICKED_UP -> Set.of(READY_FOR_PICKUP);
        };
    }

    /** Whether the order is finished (nothing more will happen to it). */
    public boolean isClosed() {
        return this == REJECTED || this == DELIVERED || this == PICKED_UP;
    }
}
