package se.egalleria.web.rest.municipality;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.tenancy.application.CarrierAdministration;
import se.egalleria.tenancy.application.CarrierChange;
import se.egalleria.tenancy.application.CarrierDetails;
import se.egalleria.web.rest.PathIds;

/** The municipality's carriers, as its administrators keep them (the public list is {@code /carriers}). */
@Path("/municipality/carriers")
@Produces(MediaType.APPLICATION_JSON)
public class CarrierAdministrationResource {

    @Inject
    private CarrierAdministration carriers;

    @GET
    @Operation(summary = "The carriers with phone, organisation number, agreement and version (administrators)")
    public List<CarrierDetails> list() {
        return carriers.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One carrier")
    public CarrierDetails get(@PathParam("id") String id) {
        return carriers.get(PathIds.parse(id, "error.carrier.notFound"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Admit a carrier: code (a-z, 0-9, '-', unique), name, mode (POSTAL_SERVICE, BUS_FREIGHT,"
            + " TAXI, SHOP_CAR, VILLAGE_ASSOCIATION, OTHER), phone, organisationNumber (556677-8899),"
            + " subsidyAgreement (the last three optional)")
    public Response add(CarrierChange carrier) {
        return Response.status(Response.Status.CREATED).entity(carriers.add(carrier)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a carrier: the same fields and the version as read (409 when changed meanwhile)")
    public CarrierDetails change(@PathParam("id") String id, CarrierChange carrier) {
        return carriers.change(PathIds.parse(id, "error.carrier.notFound"), carrier);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a carrier; 409 while orders, handovers, delivery runs or drivers' accounts refer"
            + " to it")
    public Response remove(@PathParam("id") String id) {
        carriers.remove(PathIds.parse(id, "error.carrier.notFound"));
        return Response.noContent().build();
    }
}
