package se.egalleria.web.rest.catalog;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.catalog.application.ServiceCatalogue;
import se.egalleria.catalog.application.ServiceSummary;
import se.egalleria.catalog.application.SlotSummary;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.PageRequest;
import se.egalleria.web.rest.PageResponse;
import se.egalleria.web.rest.PathIds;

/** Service listings, their bookable slots, and booking a seat. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceResource {

    /** A new slot: when (ISO-8601 instant, e.g. 2026-12-04T09:00:00Z) and how many seats. */
    public record NewSlot(String startsAt, Integer capacity) {
    }

    /** How many seats to book (default 1). */
    public record NewBooking(Integer seats) {
    }

    @Inject
    private ServiceCatalogue services;

    @GET
    @Path("services")
    @Operation(summary = "Visible services: q (words), shop; paginated")
    public PageResponse<ServiceSummary> search(@QueryParam("q") String q, @QueryParam("shop") String shop,
                                               @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(services.search(q, PathIds.optional(shop, "shop"), PageRequest.parse(page, size)), s -> s);
    }

    @GET
    @Path("services/{id}")
    @Operation(summary = "One service")
    public ServiceSummary get(@PathParam("id") String id) {
        return services.get(PathIds.parse(id, "error.service.notFound"));
    }

    @GET
    @Path("services/{id}/slots")
    @Operation(summary = "Upcoming slots with seats left")
    public List<SlotSummary> slots(@PathParam("id") String id) {
        return services.upcomingSlots(PathIds.parse(id, "error.service.notFound"));
    }

    @POST
    @Path("services/{id}/slots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a slot (the shop's staff; 201)")
    public Response addSlot(@PathParam("id") String id, NewSlot body) {
        NewSlot s = body == null ? new NewSlot(null, null) : body;
        return Response.status(Response.Status.CREATED)
                .entity(services.addSlot(PathIds.parse(id, "error.service.notFound"), Inputs.optionalInstant("startsAt", s.startsAt()), s.capacity()))
                .build();
    }

    @POST
    @Path("slots/{id}/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book seats in a slot (signed-in accounts; 201, or 409 when full)")
    public Response book(@PathParam("id") String id, NewBooking body) {
        return Response.status(Response.Status.CREATED)
                .entity(services.book(PathIds.parse(id, "error.slot.notFound"), body == null ? null : body.seats()))
                .build();
    }
}
