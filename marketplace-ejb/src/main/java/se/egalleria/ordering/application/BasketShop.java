package se.egalleria.ordering.application;

import java.util.List;

/** One shop's part of the basket: it becomes one order. */
public record BasketShop(long shopId, String shopName, List<BasketLine> lines, long subtotalOre,
                         DeliveryOptions delivery) {

    public BasketShop {
        lines = List.copyOf(lines);
    }
}
