package se.egalleria.web.rest.ordering;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.ordering.application.CheckoutRequest;
import se.egalleria.ordering.application.CheckoutResult;
import se.egalleria.ordering.application.Checkouts;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.web.rest.PathIds;
import se.egalleria.web.rest.RequestContexts;

/** Orders a shop takes on the phone for a resident. */
@Path("/shops/{shopId}/phone-orders")
@Produces(MediaType.APPLICATION_JSON)
public class PhoneOrderResource {

    /** One product and how many. */
    public record Line(Long productId, Integer quantity) {
    }

    /**
     * A phone order: the resident (e-mail optional), the lines (this shop's products), delivery
     * (HOME_DELIVERY with an optional route date, SHOP_PICKUP, SERVICE_POINT_PICKUP with servicePointId), payment.
     */
    public record PhoneOrderRequest(String name, String phone, String email, String street, String postalCode,
                                    Long villageId, String instructions, String delivery, LocalDate date,
                                    Long servicePointId, String payment, List<Line> lines) {
    }

    @Inject
    private Checkouts checkouts;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place an order taken on the phone (the shop's staff). Requires an Idempotency-Key;"
            + " the same key again returns the order already placed (200)")
    public Response place(@PathParam("shopId") String shopId, @HeaderParam("Idempotency-Key") String key,
                          PhoneOrderRequest body) {
        long shop = PathIds.parse(shopId, "error.shop.notFound");
        PhoneOrderRequest r = body == null ? new PhoneOrderRequest(null, null, null, null, null, null, null, null,
                null, null, null, null) : body;
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        for (Line line : r.lines() == null ? List.<Line>of() : r.lines()) {
            if (line == null || line.productId() == null) {
                throw new InvalidInputException("lines", "error.input.required");
            }
            quantities.merge(line.productId(), line.quantity() == null ? 1 : line.quantity(), Integer::sum);
        }
        CheckoutRequest checkout = new CheckoutRequest(r.name(), r.email(), r.phone(), r.street(), r.postalCode(),
                r.villageId(), r.instructions(), r.payment(),
                List.of(new CheckoutRequest.ShopChoice(shop, r.delivery(), r.date(), r.servicePointId())), null, null);
        CheckoutResult result = checkouts.placeByPhone(shop, checkout, quantities, key, RequestContexts.links(request));
        return Response.status(result.replayed() ? Response.Status.OK : Response.Status.CREATED).entity(result)
                .build();
    }
}
