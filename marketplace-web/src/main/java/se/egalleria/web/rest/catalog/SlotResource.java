package se.egalleria.web.rest.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.catalog.application.ServiceBookings;
import se.egalleria.catalog.application.ServiceSlots;
import se.egalleria.catalog.application.SlotSummary;
import se.egalleria.catalog.application.TripAddress;
import se.egalleria.web.rest.PathIds;

/** One slot of a service: its seats (the shop's staff) and booking a seat (residents). */
@Path("/slots")
@Produces(MediaType.APPLICATION_JSON)
public class SlotResource {

    /** How many seats the slot has. */
    public record SlotChange(Integer capacity) {
    }

    /**
     * How many seats to book (default 1). For a shopping trip, the household that travels (street,
     * postalCode, villageId together; name optional); left out, the address of the booker's latest order.
     */
    public record NewBooking(Integer seats, String name, String street, String postalCode, Long villageId) {
    }

    @Inject
    private ServiceSlots slots;

    @Inject
    private ServiceBookings bookings;

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a slot's seats (the shop's staff; 409 below the seats already booked)")
    public SlotSummary change(@PathParam("id") String id, SlotChange body) {
        return slots.changeCapacity(id(id), body == null ? null : body.capacity());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Take away a slot nobody has booked (the shop's staff; 204, or 409 once booked)")
    public Response remove(@PathParam("id") String id) {
        slots.remove(id(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book seats in a slot (signed-in accounts; 201, or 409 when full). A shopping trip's"
            + " booking records the household (street, postalCode, villageId, name; else the latest order's address)"
            + " for the subsidy report")
    public Response book(@PathParam("id") String id, NewBooking body) {
        NewBooking b = body == null ? new NewBooking(null, null, null, null, null) : body;
        return Response.status(Response.Status.CREATED).entity(bookings.book(id(id), b.seats(),
                new TripAddress(b.name(), b.street(), b.postalCode(), b.villageId()))).build();
    }

    private static long id(String raw) {
        return PathIds.parse(raw, "error.slot.notFound");
    }
}
