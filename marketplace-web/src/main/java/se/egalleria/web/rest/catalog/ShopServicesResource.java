package se.egalleria.web.rest.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.catalog.application.ServiceCatalogue;
import se.egalleria.catalog.application.ServiceInput;

/** A shop's service listings, for its staff. */
@Path("/shops/{shopId}/services")
@Produces(MediaType.APPLICATION_JSON)
public class ShopServicesResource {

    @Inject
    private ServiceCatalogue services;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a service listing to the shop (201)")
    public Response add(@PathParam("shopId") String shopId, ServiceInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(services.create(ShopProductsResource.shop(shopId), input)).build();
    }
}
