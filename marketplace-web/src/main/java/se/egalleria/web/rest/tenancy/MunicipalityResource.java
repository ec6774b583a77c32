package se.egalleria.web.rest.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.MunicipalitySummary;
import se.egalleria.web.tenancy.TenantFilter;

/** The municipality of the request, and the list of all galleries. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

    @Inject
    private MunicipalityDirectory municipalities;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("municipality")
    @Operation(summary = "The municipality whose gallery this is: branding, home-delivery terms, villages")
    public MunicipalityResponse current() {
        return MunicipalityResponse.of(municipalities.current(),
                String.valueOf(request.getAttribute(TenantFilter.LINK_PREFIX)));
    }

    @GET
    @Path("municipalities")
    @Operation(summary = "Every active municipality's gallery on this platform")
    public List<MunicipalitySummary> all() {
        return municipalities.listActive();
    }
}
