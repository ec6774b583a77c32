package se.egalleria.web.rest.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.catalog.application.ServiceAdministration;
import se.egalleria.catalog.application.ServiceCatalogue;
import se.egalleria.catalog.application.ServiceInput;
import se.egalleria.catalog.application.ServiceSlots;
import se.egalleria.catalog.application.ServiceSummary;
import se.egalleria.catalog.application.SlotSummary;
import se.egalleria.catalog.application.WeeklySlotsInput;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.PageRequest;
import se.egalleria.web.rest.PageResponse;
import se.egalleria.web.rest.PathIds;

/**
 * Service listings: search and read (everyone; a hidden one only for its shop's staff), change,
 * hide and remove (the shop's staff), and their bookable slots.
 */
@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceResource {

    /** A new slot: when (ISO-8601 instant, e.g. 2026-12-04T09:00:00Z) and how many seats. */
    public record NewSlot(String startsAt, Integer capacity) {
    }

    /** Whether residents see the service. */
    public record Visibility(Boolean visible) {
    }

    @Inject
    private ServiceCatalogue services;

    @Inject
    private ServiceAdministration administration;

    @Inject
    private ServiceSlots slots;

    @GET
    @Operation(summary = "Search visible services: q (words, Swedish-aware, partial; names matching first), shop;"
            + " paginated")
    public PageResponse<ServiceSummary> search(@QueryParam("q") String q, @QueryParam("shop") String shop,
                                               @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(services.search(q, PathIds.optional(shop, "shop"), PageRequest.parse(page, size)), s -> s);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One service (a hidden one only for the shop's staff)")
    public ServiceSummary get(@PathParam("id") String id) {
        return services.get(id(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a service (the shop's staff); send the version you read (409 if someone changed it"
            + " meanwhile, or when switching to phone while seats are booked ahead)")
    public ServiceSummary update(@PathParam("id") String id, ServiceInput input) {
        return administration.update(id(id), input);
    }

    @PUT
    @Path("/{id}/visibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hide a service from residents or show it again (the shop's staff): {\"visible\": false}")
    public ServiceSummary visibility(@PathParam("id") String id, Visibility body) {
        if (body == null || body.visible() == null) {
            throw new InvalidInputException("visible", "error.input.required");
        }
        return administration.setVisible(id(id), body.visible());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a service with its slots (the shop's staff; 204, or 409 while seats are booked"
            + " ahead: hide it instead)")
    public Response delete(@PathParam("id") String id) {
        administration.delete(id(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/slots")
    @Operation(summary = "Coming slots with seats left")
    public List<SlotSummary> slots(@PathParam("id") String id) {
        return services.upcomingSlots(id(id));
    }

    @POST
    @Path("/{id}/slots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a slot still to come (the shop's staff; 201)")
    public Response addSlot(@PathParam("id") String id, NewSlot body) {
        NewSlot s = body == null ? new NewSlot(null, null) : body;
        return Response.status(Response.Status.CREATED)
                .entity(slots.add(id(id), Inputs.optionalInstant("startsAt", s.startsAt()), s.capacity())).build();
    }

    @POST
    @Path("/{id}/slots/weekly")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a weekly series of slots (the shop's staff; 201 with the slots added): weekday"
            + " (MONDAY … SUNDAY), time in Swedish time (\"10:00\"), capacity, weeks (1–52), from (optional date);"
            + " weeks that already have a slot then keep it")
    public Response addWeekly(@PathParam("id") String id, WeeklySlotsInput body) {
        return Response.status(Response.Status.CREATED).entity(slots.addWeekly(id(id), body)).build();
    }

    private static long id(String raw) {
        return PathIds.parse(raw, "error.service.notFound");
    }
}
