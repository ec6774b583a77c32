package se.egalleria.web.rest.ordering;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.ordering.application.CheckoutResult;
import se.egalleria.ordering.application.OrderDetail;
import se.egalleria.ordering.application.Orders;
import se.egalleria.ordering.application.RepeatOrders;
import se.egalleria.ordering.application.RepeatPreview;
import se.egalleria.web.rest.RequestContexts;
import se.egalleria.web.rest.PathIds;

/** Placed orders: for the resident (signed in, or with the follow token from the e-mail) and for the shop. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    private Orders orders;

    @Inject
    private RepeatOrders repeats;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("orders/{number}")
    @Operation(summary = "One order: with ?token= from the confirmation e-mail, or signed in as its resident or shop")
    public OrderDetail get(@PathParam("number") String number, @QueryParam("token") String token) {
        return orders.get(number, token);
    }

    @GET
    @Path("orders/{number}/reorder-preview")
    @Operation(summary = "The order prepared again, nothing placed: each line with the price then and now, lines"
            + " reduced to the stock, out of stock or no longer sold; the same delivery on the next route day")
    public RepeatPreview reorderPreview(@PathParam("number") String number) {
        return repeats.preview(number);
    }

    @POST
    @Path("orders/{number}/repetition")
    @Operation(summary = "Place the order again as the preview shows it now (Idempotency-Key header as at checkout);"
            + " for the resident's relative or home-care worker, placed by them for the resident")
    public Response repeat(@PathParam("number") String number, @HeaderParam("Idempotency-Key") String key) {
        CheckoutResult result = repeats.place(number, key, RequestContexts.links(request));
        return Response.status(result.replayed() ? Response.Status.OK : Response.Status.CREATED).entity(result)
                .build();
    }

    @GET
    @Path("checkouts/{id}")
    @Operation(summary = "The orders one checkout placed (?token= as returned by the checkout)")
    public CheckoutResult checkout(@PathParam("id") String id, @QueryParam("token") String token) {
        return orders.checkout(PathIds.parse(id, "error.order.notFound"), token);
    }
}
