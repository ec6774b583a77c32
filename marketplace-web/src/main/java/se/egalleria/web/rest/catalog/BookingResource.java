package se.egalleria.web.rest.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.catalog.application.BookingSummary;
import se.egalleria.catalog.application.ServiceBookings;
import se.egalleria.web.rest.PathIds;

/** The signed-in person's own bookings of service slots. */
@Path("/bookings")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    @Inject
    private ServiceBookings bookings;

    @GET
    @Operation(summary = "The signed-in person's bookings still to come, soonest first")
    public List<BookingSummary> mine() {
        return bookings.upcomingOfCaller();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel one's own booking and free its seats (204; someone else's booking is 404,"
            + " an occasion that has passed 409)")
    public Response cancel(@PathParam("id") String id) {
        bookings.cancel(PathIds.parse(id, "error.booking.notFound"));
        return Response.noContent().build();
    }
}
