package se.egalleria.web.rest.region;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.region.application.RegionSummary;
import se.egalleria.region.application.RegionalGallery;
import se.egalleria.region.application.RegionalService;
import se.egalleria.region.application.RegionalShop;

/**
 * A regional gallery, public and read-only. Orders are not placed here: each shop and service
 * belongs to its municipality (municipalitySlug), whose gallery takes the basket and the order.
 */
@Path("/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    @Inject
    private RegionalGallery gallery;

    @GET
    @Path("{slug}")
    @Operation(summary = "A regional gallery and its open member municipalities")
    public RegionSummary region(@PathParam("slug") String slug) {
        return gallery.region(slug);
    }

    @GET
    @Path("{slug}/shops")
    @Operation(summary = "The shops of all open members, with their municipality (by municipality, then name)")
    public List<RegionalShop> shops(@PathParam("slug") String slug) {
        return gallery.shops(slug);
    }

    @GET
    @Path("{slug}/services")
    @Operation(summary = "The visible services of all open members, with their shop and municipality")
    public List<RegionalService> services(@PathParam("slug") String slug) {
        return gallery.services(slug);
    }
}
