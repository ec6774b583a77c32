package se.egalleria.web.rest.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.region.application.RegionAdministration;
import se.egalleria.region.application.RegionRequest;
import se.egalleria.region.application.RegionSummary;

/** The operator defines regional galleries, on the platform's host. */
@Path("/platform/regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlatformRegionResource {

    @Inject
    private RegionAdministration regions;

    @PUT
    @Path("{slug}")
    @Operation(summary = "Create or replace a regional gallery: its name and member municipalities' slugs"
            + " (platform operators)")
    public RegionSummary define(@PathParam("slug") String slug, RegionRequest body) {
        return regions.define(slug, body);
    }
}
