package se.egalleria.web.rest.ordering;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.ordering.application.KnownCustomer;
import se.egalleria.ordering.application.Orders;
import se.egalleria.shared.NotFoundException;
import se.egalleria.web.rest.PathIds;

/**
 * A shop's earlier customers, found by phone number for a phone order. Its own root path: a root
 * at /shops/{shopId} alone would take every /shops/{id} request away from the shop resource.
 */
@Path("/shops/{shopId}/customers")
@Produces(MediaType.APPLICATION_JSON)
public class ShopCustomersResource {

    @Inject
    private Orders orders;

    @GET
    @Operation(summary = "A customer of this shop by phone number (any way it is written): the details of their"
            + " latest order here; 404 when none")
    public KnownCustomer customer(@PathParam("shopId") String shopId, @QueryParam("phone") String phone) {
        return orders.knownCustomer(PathIds.parse(shopId, "error.shop.notFound"), phone)
                .orElseThrow(() -> new NotFoundException("error.phoneOrder.unknownCustomer"));
    }

}
