package se.egalleria.web.rest.statistics;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import java.util.List;
import java.util.Locale;
import se.egalleria.statistics.application.BookingFigures;
import se.egalleria.statistics.application.BookingStatistics;
import se.egalleria.statistics.application.DeliveryFigures;
import se.egalleria.statistics.application.DeliveryStatistics;
import se.egalleria.statistics.application.MethodFigures;
import se.egalleria.statistics.application.SalesFigures;
import se.egalleria.statistics.application.SalesStatistics;
import se.egalleria.statistics.application.StatisticsCsv;
import se.egalleria.statistics.application.StatisticsTables;
import se.egalleria.statistics.application.VillageFigures;
import se.egalleria.web.i18n.Messages;

/**
 * The municipality's statistics for its administrators, each figure as JSON or as a CSV file for
 * Excel (by Accept), always for a period of months ({@code ?from=2026-01&to=2026-12}).
 */
@Path("/statistics")
public class StatisticsResource {

    @Inject
    private DeliveryStatistics statistics;

    @Inject
    private SalesStatistics salesStatistics;

    @Inject
    private BookingStatistics bookingStatistics;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("deliveries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delivered home deliveries and picked-up orders from month to month (?from=2026-01&to="
            + "2026-12, at most 24 months, Swedish time): per month, village, shop and carrier, households and the"
            + " share delivered to households in the subsidy register (the municipality's administrators)")
    public DeliveryFigures deliveries(@QueryParam("from") String from, @QueryParam("to") String to) {
        return statistics.deliveries(from, to);
    }

    @GET
    @Path("deliveries")
    @Produces("text/csv")
    @Operation(summary = "The same statistics as one CSV table (semicolons, UTF-8 with BOM, decimal comma)")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        DeliveryFigures figures = statistics.deliveries(from, to);
        return attachment(new StatisticsCsv(locale()).csv(figures), StatisticsCsv.fileName(figures));
    }

    @GET
    @Path("deliveries/villages")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delivered home deliveries per village and month, subsidised ones beside them")
    public List<VillageFigures> villages(@QueryParam("from") String from, @QueryParam("to") String to) {
        return statistics.deliveries(from, to).villages();
    }

    @GET
    @Path("deliveries/villages")
    @Produces("text/csv")
    @Operation(summary = "Home deliveries per village and month as CSV, a row per village and month")
    public Response villagesCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        DeliveryFigures figures = statistics.deliveries(from, to);
        return attachment(new StatisticsTables(locale()).villageMonths(figures),
                StatisticsTables.fileName("hemsandning-per-by", figures.from(), figures.to()));
    }

    @GET
    @Path("sales")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Orders and sales (goods incl. VAT, and the VAT, in öre) per shop and month, by the month"
            + " each order was placed; orders the shop rejected do not count")
    public SalesFigures sales(@QueryParam("from") String from, @QueryParam("to") String to) {
        return salesStatistics.sales(from, to);
    }

    @GET
    @Path("sales")
    @Produces("text/csv")
    @Operation(summary = "Orders and sales per shop and month as CSV (kronor with a decimal comma), all shops first")
    public Response salesCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        SalesFigures figures = salesStatistics.sales(from, to);
        return attachment(new StatisticsTables(locale()).sales(figures),
                StatisticsTables.fileName("forsaljning", figures.from(), figures.to()));
    }

    @GET
    @Path("delivery-methods")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Orders per month by home delivery, pickup in the shop and pickup at a service point")
    public MethodFigures deliveryMethods(@QueryParam("from") String from, @QueryParam("to") String to) {
        return salesStatistics.deliveryMethods(from, to);
    }

    @GET
    @Path("delivery-methods")
    @Produces("text/csv")
    @Operation(summary = "Orders per month and delivery method as CSV")
    public Response deliveryMethodsCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        MethodFigures figures = salesStatistics.deliveryMethods(from, to);
        return attachment(new StatisticsTables(locale()).deliveryMethods(figures),
                StatisticsTables.fileName("hemsandning-och-hamtning", figures.from(), figures.to()));
    }

    @GET
    @Path("bookings")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Service bookings and seats per month and service, by the month each booking was made")
    public BookingFigures bookings(@QueryParam("from") String from, @QueryParam("to") String to) {
        return bookingStatistics.bookings(from, to);
    }

    @GET
    @Path("bookings")
    @Produces("text/csv")
    @Operation(summary = "Service bookings per service and month as CSV, all services first")
    public Response bookingsCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        BookingFigures figures = bookingStatistics.bookings(from, to);
        return attachment(new StatisticsTables(locale()).bookings(figures),
                StatisticsTables.fileName("bokningar", figures.from(), figures.to()));
    }

    private Locale locale() {
        return Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    private static Response attachment(byte[] content, String fileName) {
        return Response.ok(content, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
