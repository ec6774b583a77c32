package se.egalleria.statistics.application;

import java.util.List;

/**
 * Orders and sales of a period (months {@code from} to {@code to}, Swedish time). An order counts
 * in the month it was placed unless the shop rejected it (there is no other way for an order to be
 * called off); its sale is its goods at the prices including VAT that were copied onto its lines,
 * with the VAT of those lines. Delivery fees are not sales of the shop's goods and are left out.
 * Every shop of the municipality is listed, zeros included, by name.
 */
public record SalesFigures(String from, String to, long orders, long salesOre, long vatOre, List<SalesMonth> months,
                           List<ShopSales> shops) {

    public SalesFigures {
        months = List.copyOf(months);
        shops = List.copyOf(shops);
    }
}
