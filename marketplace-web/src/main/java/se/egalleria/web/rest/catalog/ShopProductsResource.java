package se.egalleria.web.rest.catalog;

import se.egalleria.web.rest.PathIds;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.catalog.application.ProductAdministration;
import se.egalleria.catalog.application.ProductInput;
import se.egalleria.catalog.application.ProductSummary;
import se.egalleria.shared.PageRequest;
import se.egalleria.web.rest.PageResponse;

/** A shop's own products, for its staff: every product (hidden too) and new ones. */
@Path("/shops/{shopId}/products")
@Produces(MediaType.APPLICATION_JSON)
public class ShopProductsResource {

    @Inject
    private ProductAdministration products;

    @GET
    @Operation(summary = "The shop's products, hidden ones too (the shop's staff): q (name, SKU, EAN), visible")
    public PageResponse<ProductSummary> list(@PathParam("shopId") String shopId, @QueryParam("q") String q,
                                             @QueryParam("visible") String visible, @QueryParam("page") String page,
                                             @QueryParam("size") String size) {
        return PageResponse.of(products.listOfShop(shop(shopId), q, visibility(visible), PageRequest.parse(page, size)),
                p -> p);
    }

    private static Boolean visibility(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!raw.equals("true") && !raw.equals("false")) {
            throw new se.egalleria.shared.InvalidInputException("visible", "error.input.oneOf", "[true, false]");
        }
        return Boolean.valueOf(raw);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a product to the shop (201)")
    public Response add(@PathParam("shopId") String shopId, ProductInput input) {
        return Response.status(Response.Status.CREATED).entity(products.create(shop(shopId), input)).build();
    }

    static long shop(String raw) {
        return PathIds.parse(raw, "error.shop.notFound");
    }
}
