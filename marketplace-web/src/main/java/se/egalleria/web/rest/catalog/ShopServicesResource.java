package se.egalleria.web.rest.catalog;

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
import se.egalleria.catalog.application.ServiceAdministration;
import se.egalleria.catalog.application.ServiceInput;
import se.egalleria.catalog.application.ServiceSummary;
import se.egalleria.shared.PageRequest;
import se.egalleria.web.rest.PageResponse;

/** A shop's service listings, for its staff: every service (hidden too) and new ones. */
@Path("/shops/{shopId}/services")
@Produces(MediaType.APPLICATION_JSON)
public class ShopServicesResource {

    @Inject
    private ServiceAdministration services;

    @GET
    @Operation(summary = "The shop's services, hidden ones too (the shop's staff); by name, paginated")
    public PageResponse<ServiceSummary> list(@PathParam("shopId") String shopId, @QueryParam("page") String page,
                                             @QueryParam("size") String size) {
        return PageResponse.of(services.listOfShop(ShopProductsResource.shop(shopId), PageRequest.parse(page, size)),
                s -> s);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a service listing to the shop (201)")
    public Response add(@PathParam("shopId") String shopId, ServiceInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(services.create(ShopProductsResource.shop(shopId), input)).build();
    }
}
