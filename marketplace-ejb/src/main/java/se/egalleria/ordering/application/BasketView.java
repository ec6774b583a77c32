package se.egalleria.ordering.application;

import java.util.List;

/**
 * The basket grouped by shop, each with its subtotal and delivery options. Products that were
 * hidden or removed since they were added are taken out and counted, so the page can say so.
 */
public record BasketView(List<BasketShop> shops, int itemCount, long totalOre, int removedUnavailable) {

    public BasketView {
        shops = List.copyOf(shops);
    }

    public boolean isEmpty() {
        return shops.isEmpty();
    }
}
