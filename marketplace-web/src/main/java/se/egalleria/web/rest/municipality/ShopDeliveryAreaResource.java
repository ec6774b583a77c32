package se.egalleria.web.rest.municipality;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.shop.application.DeliveryArea;
import se.egalleria.shop.application.DeliveryAreaChange;
import se.egalleria.shop.application.ShopAdministration;
import se.egalleria.web.rest.PathIds;

/** A shop's home-delivery area and route days, set by the municipality's administrators. */
@Path("/municipality/shops/{id}/delivery-area")
@Produces(MediaType.APPLICATION_JSON)
public class ShopDeliveryAreaResource {

    @Inject
    private ShopAdministration shops;

    @GET
    @Operation(summary = "The villages the shop delivers to (ids), its route days and minimum order (öre), version")
    public DeliveryArea get(@PathParam("id") String id) {
        return shops.deliveryArea(PathIds.parse(id, "error.shop.notFound"));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set villageIds, routeDays (MONDAY … SUNDAY), minimumOrderOre and the version as read"
            + " (409 when the shop changed meanwhile); no villages or no days: no home delivery")
    public DeliveryArea change(@PathParam("id") String id, DeliveryAreaChange change) {
        return shops.changeDeliveryArea(PathIds.parse(id, "error.shop.notFound"), change);
    }
}
