package se.egalleria.ordering.application;

import java.util.List;

/** "Order again": the basket afterwards, and the products of the old order that could not be added (gone or sold out). */
public record ReorderResult(BasketView basket, List<String> notAvailable) {

    public ReorderResult {
        notAvailable = List.copyOf(notAvailable);
    }
}
