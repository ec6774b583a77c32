package se.egalleria.statistics.application;

import java.util.List;

/** One shop's orders and sales in the period, and month by month (every month, zeros included). */
public record ShopSales(long shopId, String shop, long orders, long salesOre, long vatOre, List<SalesMonth> months) {

    public ShopSales {
        months = List.copyOf(months);
    }
}
