package se.egalleria.web.rest.ordering;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.delivery.application.DeliveryNotes;
import se.egalleria.ordering.application.OrderWorkflow;
import se.egalleria.shared.Inputs;
import se.egalleria.web.i18n.Messages;
import se.egalleria.web.rest.PathIds;

/** One route day of a shop: the carrier for all its home deliveries, and all their delivery notes at once. */
@Path("/shops/{shopId}/route-days/{date}")
public class ShopRouteDayResource {

    /** The carrier of all the shop's open home deliveries of the day. */
    public record RouteDayCarrier(Long carrierId) {
    }

    /** How many orders got the carrier. */
    public record Assigned(int orders) {
    }

    @Inject
    private OrderWorkflow workflow;

    @Inject
    private DeliveryNotes notes;

    @Context
    private HttpServletRequest request;

    @PUT
    @Path("carrier")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose one carrier for all open home deliveries of the route day (yyyy-mm-dd)")
    public Assigned carrier(@PathParam("shopId") String shopId, @PathParam("date") String date, RouteDayCarrier body) {
        return new Assigned(workflow.assignCarrierForRouteDay(PathIds.parse(shopId, "error.shop.notFound"),
                Inputs.optionalDate("date", date), body == null ? null : body.carrierId()));
    }

    @GET
    @Path("delivery-notes")
    @Produces("application/pdf")
    @Operation(summary = "The delivery notes of all home deliveries of the route day, one page each, as one PDF")
    public Response deliveryNotes(@PathParam("shopId") String shopId, @PathParam("date") String date) {
        return PdfResponses.attachment(notes.forRouteDay(PathIds.parse(shopId, "error.shop.notFound"),
                Inputs.optionalDate("date", date), Messages.fromAcceptLanguage(request.getHeader("Accept-Language"))), "leveranssedlar-" + date + ".pdf");
    }
}
