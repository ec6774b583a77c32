package se.egalleria.web.faces.municipality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.egalleria.statistics.application.BookingMonth;
import se.egalleria.statistics.application.MethodMonth;
import se.egalleria.statistics.application.MonthFigures;
import se.egalleria.statistics.application.SalesMonth;
import se.egalleria.statistics.application.ServiceBookingFigures;
import se.egalleria.statistics.application.ShopSales;
import se.egalleria.web.faces.common.Formats;
import se.egalleria.web.faces.common.FormMessages;

/**
 * The statistics page's charts of sales, delivery methods, subsidised deliveries and bookings, drawn
 * from the figures {@link StatisticsView} holds (the page renders them only when it has figures).
 */
@Named
@RequestScoped
public class StatisticsCharts {

    @Inject
    private StatisticsView view;

    @Inject
    private FormMessages messages;

    @Inject
    private Formats formats;

    public BarChart getSubsidised() {
        return BarChart.of(view.getFigures().months(), MonthFigures::month, MonthFigures::subsidisedDeliveries);
    }

    public BarChart getSalesPerMonth() {
        return BarChart.of(view.getSales().months(), SalesMonth::month, SalesMonth::salesOre, formats::kronor);
    }

    public BarChart getSalesPerShop() {
        return BarChart.of(view.getSales().shops(), ShopSales::shop, ShopSales::salesOre, formats::kronor);
    }

    /** Home delivery, pickup in the shop and at a service point: a bar each per month. */
    public BarChart getMethods() {
        return BarChart.grouped(view.getMethods().months(), MethodMonth::month, List.of(
                new BarChart.Series<>(messages.text("statistics.method.home"), MethodMonth::homeDelivery, "series-0"),
                new BarChart.Series<>(messages.text("statistics.method.shop"), MethodMonth::shopPickup, "series-1"),
                new BarChart.Series<>(messages.text("statistics.method.servicePoint"),
                        MethodMonth::servicePointPickup, "series-2")));
    }

    public BarChart getBookingsPerMonth() {
        return BarChart.of(view.getBookings().months(), BookingMonth::month, BookingMonth::bookings);
    }

    public BarChart getBookingsPerService() {
        return BarChart.of(view.getBookings().services(), ServiceBookingFigures::service,
                ServiceBookingFigures::bookings);
    }
}
