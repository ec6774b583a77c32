package se.egalleria.ordering.application;

import java.util.List;
import java.util.Map;
import se.egalleria.catalog.application.ProductSummary;

/** Compares an earlier order's lines with the catalogue today (pure, so it is tested without a server). */
final class RepeatComparison {

    private RepeatComparison() {
    }

    /**
     * @param products today's visible products of open shops by id; a line's product missing here is no longer sold
     */
    static List<RepeatLine> compare(List<OrderLineView> previous, Map<Long, ProductSummary> products) {
        return previous.stream().map(line -> compare(line, products.get(line.productId()))).toList();
    }

    private static RepeatLine compare(OrderLineView line, ProductSummary today) {
        if (today == null) {
            return new RepeatLine(line.productId(), line.name(), line.quantity(), 0, line.unitPriceOre(), null,
                    false, "NOT_SOLD", line.vatPercent());
        }
        boolean priceChanged = today.priceOre() != line.unitPriceOre();
        int wanted = Math.min(line.quantity(), Baskets.MAX_QUANTITY);
        int quantity = today.stock() == null ? wanted : Math.min(wanted, Math.max(0, today.stock()));
        String status = quantity == 0 ? "OUT_OF_STOCK" : quantity < line.quantity() ? "REDUCED" : "AVAILABLE";
        return new RepeatLine(line.productId(), today.name(), line.quantity(), quantity, line.unitPriceOre(),
                today.priceOre(), priceChanged, status, today.vatPercent());
    }
}
