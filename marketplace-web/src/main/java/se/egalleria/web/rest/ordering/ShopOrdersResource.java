package se.egalleria.web.rest.ordering;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.ordering.application.InboxFilter;
import se.egalleria.ordering.application.OrderSummary;
import se.egalleria.ordering.application.Orders;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.PageRequest;
import se.egalleria.web.rest.PageResponse;
import se.egalleria.web.rest.PathIds;

/** A shop's orders, for its staff. */
@Path("/shops/{shopId}/orders")
@Produces(MediaType.APPLICATION_JSON)
public class ShopOrdersResource {

    @Inject
    private Orders orders;

    @GET
    @Operation(summary = "The shop's order inbox: new orders first, then by route day; filters status, date"
            + " (route day, yyyy-mm-dd), village (id); paginated")
    public PageResponse<OrderSummary> list(@PathParam("shopId") String shopId, @QueryParam("status") String status,
                                           @QueryParam("date") String date, @QueryParam("village") String village,
                                           @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(orders.inbox(PathIds.parse(shopId, "error.shop.notFound"),
                new InboxFilter(status, Inputs.optionalDate("date", date), PathIds.optional(village, "village")),
                PageRequest.parse(page, size)), o -> o);
    }
}
