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
import se.egalleria.statistics.application.DeliveryFigures;
import se.egalleria.statistics.application.DeliveryStatistics;
import se.egalleria.statistics.application.StatisticsCsv;
import se.egalleria.web.i18n.Messages;

/** The municipality's home-delivery statistics for its administrators. */
@Path("/statistics")
public class StatisticsResource {

    @Inject
    private DeliveryStatistics statistics;

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
        byte[] content = new StatisticsCsv(Messages.fromAcceptLanguage(request.getHeader("Accept-Language")))
                .csv(figures);
        return Response.ok(content, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + StatisticsCsv.fileName(figures) + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
