package se.egalleria.statistics.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A period's home-delivery statistics (months {@code from} to {@code to}, Swedish time): delivered
 * home deliveries, picked-up pickup orders, distinct households delivered to, and how many of the
 * deliveries went to a household the subsidy register covered that day ({@code subsidisedPercent}
 * of all, one decimal; null without deliveries). Broken down per month, village, shop and carrier;
 * every village, shop and carrier of the municipality is listed, zeros included.
 */
public record DeliveryFigures(String from, String to, long homeDeliveries, long pickups, int households,
                              long subsidisedDeliveries, BigDecimal subsidisedPercent, List<MonthFigures> months,
                              List<VillageFigures> villages, List<ShopFigures> shops, List<CarrierFigures> carriers) {

    public DeliveryFigures {
        months = List.copyOf(months);
        villages = List.copyOf(villages);
        shops = List.copyOf(shops);
        carriers = List.copyOf(carriers);
    }
}
