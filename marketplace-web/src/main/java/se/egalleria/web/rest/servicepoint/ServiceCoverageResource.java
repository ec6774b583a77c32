package se.egalleria.web.rest.servicepoint;

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
import se.egalleria.servicepoint.application.CoverageCsv;
import se.egalleria.servicepoint.application.CoverageReport;
import se.egalleria.servicepoint.application.ServiceCoverage;
import se.egalleria.web.i18n.Messages;

/** Service coverage for the municipality's administrators: distances from every village to the nearest shop and service point. */
@Path("/service-coverage")
public class ServiceCoverageResource {

    @Inject
    private ServiceCoverage coverage;

    @Context
    private HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per village the nearest shop and service point with great-circle distances (a shop stands"
            + " at its village), and whether each is beyond ?distanceKm= (whole km, 1–1000, default 30)")
    public CoverageReport coverage(@QueryParam("distanceKm") String distanceKm) {
        return coverage.coverage(distanceKm);
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "The same as one CSV table (semicolons, UTF-8 with BOM, decimal comma in Swedish)")
    public Response csv(@QueryParam("distanceKm") String distanceKm) {
        CoverageReport report = coverage.coverage(distanceKm);
        byte[] content = new CoverageCsv(Messages.fromAcceptLanguage(request.getHeader("Accept-Language")))
                .csv(report);
        return Response.ok(content, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + CoverageCsv.fileName(report) + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
