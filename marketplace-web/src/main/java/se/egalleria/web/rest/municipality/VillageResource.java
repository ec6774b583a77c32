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
import se.egalleria.tenancy.application.VillageAdministration;
import se.egalleria.tenancy.application.VillageChange;
import se.egalleria.tenancy.application.VillageDetails;
import se.egalleria.web.rest.PathIds;

/** The municipality's villages, as its administrators keep them. */
@Path("/municipality/villages")
@Produces(MediaType.APPLICATION_JSON)
public class VillageResource {

    @Inject
    private VillageAdministration villages;

    @GET
    @Operation(summary = "The villages with coordinates, households and version (the municipality's administrators)")
    public List<VillageDetails> list() {
        return villages.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One village")
    public VillageDetails get(@PathParam("id") String id) {
        return villages.get(PathIds.parse(id, "error.village.notFound"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a village: name (unique), latitude and longitude (decimal degrees, within Sweden),"
            + " households (optional)")
    public Response add(VillageChange village) {
        return Response.status(Response.Status.CREATED).entity(villages.add(village)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a village: name, latitude, longitude, households and the version as read"
            + " (409 when changed meanwhile)")
    public VillageDetails change(@PathParam("id") String id, VillageChange village) {
        return villages.change(PathIds.parse(id, "error.village.notFound"), village);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a village; 409 while shops, their delivery areas, orders or subsidy approvals"
            + " refer to it")
    public Response remove(@PathParam("id") String id) {
        villages.remove(PathIds.parse(id, "error.village.notFound"));
        return Response.noContent().build();
    }
}
