package se.egalleria.web.rest.ordering;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.ordering.application.InboxFilter;
import se.egalleria.ordering.application.OrderSummary;
import se.egalleria.ordering.application.OrderWorkflow;
import se.egalleria.ordering.application.Orders;
import se.egalleria.shared.InvalidInputException;
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
                new InboxFilter(status, date(date), PathIds.optional(village, "village")),
                PageRequest.parse(page, size)), o -> o);
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "error.input.date");
        }
    }
}
