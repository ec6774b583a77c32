package se.egalleria.web.rest.shop;

import se.egalleria.web.rest.PathIds;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.egalleria.shared.PageRequest;
import se.egalleria.catalog.application.ProductCatalogue;
import se.egalleria.shop.application.ShopAdministration;
import se.egalleria.shop.application.ShopChanges;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.web.rest.PageResponse;

/** The shops of the request's municipality. */
@Path("/shops")
@Produces(MediaType.APPLICATION_JSON)
public class ShopResource {

    /** What shop staff may change. */
    public record ShopUpdate(String description, String openingHours, String phone, String email) {
    }

    @Inject
    private ShopDirectory shops;

    @Inject
    private ShopAdministration administration;

    @Inject
    private ProductCatalogue catalogue;

    @GET
    @Operation(summary = "The municipality's open (approved) shops, sorted by name, one page at a time")
    public PageResponse<ShopResponse> list(
            @Parameter(description = "page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "items per page, 1 to 100, default 20") @QueryParam("size") String size) {
        java.util.Map<Long, Long> counts = catalogue.visibleCountsByShop();
        return PageResponse.of(shops.listOpen(PageRequest.parse(page, size)),
                shop -> ShopResponse.of(shop, counts.getOrDefault(shop.id(), 0L)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One shop; 404 when it is not an open shop of this municipality (its staff and the"
            + " administrator also see it while it awaits approval or is suspended)")
    public ShopResponse get(@PathParam("id") String id) {
        long shopId = PathIds.parse(id, "error.shop.notFound");
        return ShopResponse.of(shops.getVisible(shopId), catalogue.visibleCountsByShop().getOrDefault(shopId, 0L));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the shop's description, opening hours and contact details (its staff or the administrator)")
    public ShopResponse update(@PathParam("id") String id, ShopUpdate body) {
        ShopUpdate u = body == null ? new ShopUpdate(null, null, null, null) : body;
        long shopId = PathIds.parse(id, "error.shop.notFound");
        return ShopResponse.of(administration.update(shopId,
                new ShopChanges(u.description(), u.openingHours(), u.phone(), u.email())),
                catalogue.visibleCountsByShop().getOrDefault(shopId, 0L));
    }
}
