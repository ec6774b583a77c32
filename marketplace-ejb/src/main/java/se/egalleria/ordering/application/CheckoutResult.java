package se.egalleria.ordering.application;

import java.util.List;

/**
 * The orders one checkout placed. {@code replayed}: the same submission had already been placed
 * (a double click or a network retry), and these are the orders it placed then.
 */
public record CheckoutResult(long checkoutId, String followToken, boolean replayed, List<OrderDetail> orders) {

    public CheckoutResult {
        orders = List.copyOf(orders);
    }

    public long totalOre() {
        return orders.stream().mapToLong(OrderDetail::totalOre).sum();
    }
}
