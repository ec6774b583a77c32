package se.egalleria.web.rest.ordering;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.ordering.application.CheckoutResult;
import se.egalleria.ordering.application.OrderDetail;
import se.egalleria.ordering.application.Orders;
import se.egalleria.web.rest.PathIds;

/** Placed orders: for the resident (signed in, or with the follow token from the e-mail) and for the shop. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    private Orders orders;

    @GET
    @Path("orders/{number}")
    @Operation(summary = "One order: with ?token= from the confirmation e-mail, or signed in as its resident or shop")
    public OrderDetail get(@PathParam("number") String number, @QueryParam("token") String token) {
        return orders.get(number, token);
    }

    @GET
    @Path("checkouts/{id}")
    @Operation(summary = "The orders one checkout placed (?token= as returned by the checkout)")
    public CheckoutResult checkout(@PathParam("id") String id, @QueryParam("token") String token) {
        return orders.checkout(PathIds.parse(id, "error.order.notFound"), token);
    }
}
