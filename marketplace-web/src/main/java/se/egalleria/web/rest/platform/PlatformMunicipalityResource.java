package se.egalleria.web.rest.platform;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.platform.application.ConfigArchive;
import se.egalleria.platform.application.MunicipalityAdministration;
import se.egalleria.platform.application.MunicipalityStatus;
import se.egalleria.web.rest.RequestContexts;

/** The operator's municipalities, on the platform's host (inside a gallery these addresses are 404). */
@Path("/platform/municipalities")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformMunicipalityResource {

    @Inject
    private MunicipalityAdministration administration;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "Every municipality, suspended ones too (platform operators)")
    public List<MunicipalityStatus> list() {
        return administration.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a municipality: usable at once on its hosts; its first administrator"
            + " (administratorEmail) is invited by e-mail (platform operators)")
    public Response create(MunicipalityRequest body) {
        MunicipalityRequest r = body == null
                ? new MunicipalityRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                : body;
        MunicipalityStatus created = administration.create(r.toNew(), RequestContexts.links(request));
        return Response.created(UriBuilder.fromPath("/api/v1/platform/municipalities/{slug}").build(created.slug()))
                .entity(created).build();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One municipality's state (platform operators)")
    public MunicipalityStatus get(@PathParam("slug") String slug) {
        return administration.get(slug);
    }

    @POST
    @Path("{slug}/suspension")
    @Operation(summary = "Suspend: the gallery answers 'closed' on its hosts; its data stays (platform operators)")
    public MunicipalityStatus suspend(@PathParam("slug") String slug) {
        return administration.suspend(slug);
    }

    @POST
    @Path("{slug}/reactivation")
    @Operation(summary = "Reactivate a suspended municipality (platform operators)")
    public MunicipalityStatus reactivate(@PathParam("slug") String slug) {
        return administration.reactivate(slug);
    }

    @GET
    @Path("{slug}/export")
    @Produces("application/zip")
    @Operation(summary = "The municipality as tenant-config files (municipality.yaml, shops.yaml, logo) in a zip")
    public Response export(@PathParam("slug") String slug) {
        ConfigArchive archive = administration.export(slug);
        return Response.ok(archive.content(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + archive.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
