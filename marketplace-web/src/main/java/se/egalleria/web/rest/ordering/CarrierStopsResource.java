package se.egalleria.web.rest.ordering;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.ordering.application.CarrierStop;
import se.egalleria.ordering.application.Orders;
import se.egalleria.web.rest.PathIds;

/** What a carrier has to deliver. */
@Path("/carriers/{carrierId}/stops")
@Produces(MediaType.APPLICATION_JSON)
public class CarrierStopsResource {

    @Inject
    private Orders orders;

    @GET
    @Operation(summary = "The carrier's open deliveries by day and village, with addresses and what to collect"
            + " (the carrier's own accounts)")
    public List<CarrierStop> stops(@PathParam("carrierId") String carrierId) {
        return orders.forCarrier(PathIds.parse(carrierId, "error.carrier.notFound"));
    }
}
