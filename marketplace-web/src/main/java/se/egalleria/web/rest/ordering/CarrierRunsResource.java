package se.egalleria.web.rest.ordering;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.delivery.application.DeliveryRuns;
import se.egalleria.delivery.application.NewRun;
import se.egalleria.delivery.application.RunSummary;
import se.egalleria.ordering.application.RouteDates;
import se.egalleria.shared.Inputs;
import se.egalleria.web.rest.PathIds;

/** A carrier's delivery runs (körningar). */
@Path("/carriers/{carrierId}/runs")
@Produces(MediaType.APPLICATION_JSON)
public class CarrierRunsResource {

    /** A run: date (yyyy-mm-dd, default today), vehicle or mode, km driven, note, the deliveries by order number. */
    public record RunRequest(String date, String vehicle, Integer km, String note, List<String> orders) {
    }

    @Inject
    private DeliveryRuns runs;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a run (the carrier's accounts); 409 when a delivery is already in another run")
    public Response record(@PathParam("carrierId") String carrierId, RunRequest body) {
        RunRequest r = body == null ? new RunRequest(null, null, null, null, null) : body;
        RunSummary run = runs.record(PathIds.parse(carrierId, "error.carrier.notFound"),
                new NewRun(Inputs.optionalDate("date", r.date()), r.vehicle(), r.km(), r.note(), r.orders()));
        return Response.status(Response.Status.CREATED).entity(run).build();
    }

    @GET
    @Operation(summary = "The carrier's runs of a month (?month=2026-11, default this month)")
    public List<RunSummary> ofMonth(@PathParam("carrierId") String carrierId, @QueryParam("month") String month) {
        return runs.ofMonth(PathIds.parse(carrierId, "error.carrier.notFound"),
                month == null || month.isBlank() ? YearMonth.from(RouteDates.today()) : Inputs.month("month", month));
    }
}
