package se.egalleria.web.faces.municipality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import se.egalleria.ordering.application.RouteDates;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.statistics.application.BookingFigures;
import se.egalleria.statistics.application.BookingStatistics;
import se.egalleria.statistics.application.CarrierFigures;
import se.egalleria.statistics.application.DeliveryFigures;
import se.egalleria.statistics.application.DeliveryStatistics;
import se.egalleria.statistics.application.MethodFigures;
import se.egalleria.statistics.application.MonthFigures;
import se.egalleria.statistics.application.SalesFigures;
import se.egalleria.statistics.application.SalesStatistics;
import se.egalleria.statistics.application.ShopFigures;
import se.egalleria.statistics.application.StatisticsCsv;
import se.egalleria.statistics.application.StatisticsTables;
import se.egalleria.statistics.application.VillageFigures;
import se.egalleria.web.faces.common.Downloads;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;

/**
 * The administrator's statistics page: a period of months (the last twelve to begin with), its
 * figures (deliveries, orders and sales, delivery methods, service bookings) as tables with bar
 * charts, and each as a CSV file. The newer charts are drawn by {@link StatisticsCharts}.
 */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("from", "period:from", "to", "period:to");

    @Inject
    private DeliveryStatistics statistics;

    @Inject
    private SalesStatistics salesStatistics;

    @Inject
    private BookingStatistics bookingStatistics;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private String from = YearMonth.from(RouteDates.today()).minusMonths(11).toString();
    private String to = YearMonth.from(RouteDates.today()).toString();
    private transient DeliveryFigures figures;
    private transient SalesFigures sales;
    private transient MethodFigures methods;
    private transient BookingFigures bookings;
    private boolean allowed;

    public void show() {
        try {
            figures = statistics.deliveries(from, to);
            sales = salesStatistics.sales(from, to);
            methods = salesStatistics.deliveryMethods(from, to);
            bookings = bookingStatistics.bookings(from, to);
            allowed = true;
        } catch (InvalidInputException e) {
            // The service checks who asks before the months, so a refused month means an allowed caller.
            clear();
            allowed = true;
            messages.show(e, INPUTS);
        } catch (DomainException e) {
            clear();
            allowed = false;
            messages.show(e, INPUTS);
        }
    }

    /** Nothing shown rather than figures of another period than the one on the form. */
    private void clear() {
        figures = null;
        sales = null;
        methods = null;
        bookings = null;
    }

    public void download() throws IOException {
        DeliveryFigures asked;
        try {
            asked = statistics.deliveries(from, to);
        } catch (DomainException e) {
            clear();
            messages.show(e, INPUTS);
            return;
        }
        Downloads.send(new StatisticsCsv(language.getLocale()).csv(asked), "text/csv; charset=UTF-8",
                StatisticsCsv.fileName(asked));
    }

    public void downloadSales() throws IOException {
        sendTable("forsaljning", () -> salesStatistics.sales(from, to), StatisticsTables::sales);
    }

    public void downloadMethods() throws IOException {
        sendTable("hemsandning-och-hamtning", () -> salesStatistics.deliveryMethods(from, to),
                StatisticsTables::deliveryMethods);
    }

    public void downloadVillages() throws IOException {
        sendTable("hemsandning-per-by", () -> statistics.deliveries(from, to), StatisticsTables::villageMonths);
    }

    public void downloadBookings() throws IOException {
        sendTable("bokningar", () -> bookingStatistics.bookings(from, to), StatisticsTables::bookings);
    }

    /** One figure as a CSV file named after it; a message on the field instead when the months are wrong. */
    private <F> void sendTable(String name, Supplier<F> ask, BiFunction<StatisticsTables, F, byte[]> table)
            throws IOException {
        F asked;
        try {
            asked = ask.get();
        } catch (DomainException e) {
            clear();
            messages.show(e, INPUTS);
            return;
        }
        Downloads.send(table.apply(new StatisticsTables(language.getLocale()), asked), "text/csv; charset=UTF-8",
                StatisticsTables.fileName(name, from, to));
    }

    /** "33,3 %" in Swedish, "33.3 %" in English; a dash when there is nothing to divide. */
    public String percent(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        String number = value.toPlainString();
        return ("en".equals(language.getLanguage()) ? number : number.replace('.', ',')) + " %";
    }

    public BarChart getMonthChart() {
        return BarChart.of(figures.months(), MonthFigures::month, MonthFigures::homeDeliveries);
    }

    public BarChart getVillageChart() {
        return BarChart.of(figures.villages(), VillageFigures::village, VillageFigures::homeDeliveries);
    }

    public BarChart getShopChart() {
        return BarChart.of(figures.shops(), ShopFigures::shop, ShopFigures::homeDeliveries);
    }

    public BarChart getCarrierChart() {
        return BarChart.of(figures.carriers(), CarrierFigures::carrier, CarrierFigures::homeDeliveries);
    }

    public DeliveryFigures getFigures() {
        return figures;
    }

    public SalesFigures getSales() {
        return sales;
    }

    public MethodFigures getMethods() {
        return methods;
    }

    public BookingFigures getBookings() {
        return bookings;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
