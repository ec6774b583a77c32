package se.egalleria.web.rest.ordering;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.ordering.application.BasketView;
import se.egalleria.ordering.application.Baskets;
import se.egalleria.ordering.application.CheckoutRequest;
import se.egalleria.ordering.application.CheckoutResult;
import se.egalleria.ordering.application.Checkouts;
import se.egalleria.ordering.application.NewBasket;
import se.egalleria.ordering.application.Orders;
import se.egalleria.ordering.application.ReorderResult;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.web.rest.PathIds;
import se.egalleria.web.rest.RequestContexts;

/**
 * The basket and checkout. A basket is named by the token returned when it is created; whoever
 * holds the token can fill and place it (guests included), so keep it like a session cookie.
 */
@Path("baskets")
@Produces(MediaType.APPLICATION_JSON)
public class BasketResource {

    /** Units of a product: to add (POST items) or to hold (PUT items/{productId}; 0 removes). */
    public record Quantity(Long productId, Integer quantity) {
    }

    /** A past order to put into the basket again: its number, and the follow token unless signed in as its owner. */
    public record Reorder(String orderNumber, String followToken) {
    }

    @Inject
    private Baskets baskets;

    @Inject
    private Checkouts checkouts;

    @Inject
    private Orders orders;

    @Context
    private HttpServletRequest request;

    @POST
    @Operation(summary = "A new, empty basket (201 with its token)")
    public Response create() {
        NewBasket basket = baskets.create();
        return Response.status(Response.Status.CREATED).entity(basket).build();
    }

    @GET
    @Path("{token}")
    @Operation(summary = "The basket grouped by shop, with subtotals and each shop's delivery options")
    public BasketView get(@PathParam("token") String token) {
        return baskets.view(token);
    }

    @POST
    @Path("{token}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add units of a product (409 when fewer are in stock)")
    public BasketView add(@PathParam("token") String token, Quantity body) {
        if (body == null || body.productId() == null) {
            throw new InvalidInputException("productId", "error.input.required");
        }
        return baskets.add(token, body.productId(), body.quantity());
    }

    @PUT
    @Path("{token}/items/{productId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hold this many units of a product (0 removes it)")
    public BasketView set(@PathParam("token") String token, @PathParam("productId") String productId, Quantity body) {
        return baskets.setQuantity(token, PathIds.parse(productId, "error.product.notFound"),
                body == null ? null : body.quantity());
    }

    @DELETE
    @Path("{token}/items/{productId}")
    @Operation(summary = "Take a product out of the basket")
    public BasketView remove(@PathParam("token") String token, @PathParam("productId") String productId) {
        return baskets.setQuantity(token, PathIds.parse(productId, "error.product.notFound"), 0);
    }

    @POST
    @Path("{token}/checkout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place the basket: one order per shop, all or none. Requires an Idempotency-Key header;"
            + " the same key again returns the orders already placed (200) instead of new ones (201)")
    public Response checkout(@PathParam("token") String token, @HeaderParam("Idempotency-Key") String key,
                             CheckoutRequest body) {
        CheckoutResult result = checkouts.place(token,
                body == null ? new CheckoutRequest(null, null, null, null, null, null, null, null, null, null, null) : body, key,
                RequestContexts.links(request));
        return Response.status(result.replayed() ? Response.Status.OK : Response.Status.CREATED).entity(result)
                .build();
    }

    @POST
    @Path("{token}/reorder")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a past order's products into the basket again; names what is gone or sold out")
    public ReorderResult reorder(@PathParam("token") String token, Reorder body) {
        Reorder r = body == null ? new Reorder(null, null) : body;
        return baskets.repeat(token, orders.linesToRepeat(r.orderNumber(), r.followToken()));
    }
}
