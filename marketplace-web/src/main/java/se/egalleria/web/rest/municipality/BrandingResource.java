package se.egalleria.web.rest.municipality;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.tenancy.application.BrandingAdministration;
import se.egalleria.tenancy.application.BrandingChanges;
import se.egalleria.tenancy.application.BrandingRules;
import se.egalleria.web.i18n.Messages;

/** The gallery's branding, for the municipality's administrators. */
@Path("/municipality/branding")
@Produces(MediaType.APPLICATION_JSON)
public class BrandingResource {

    /** Read one byte more than allowed, so the service can tell "too large" without reading everything. */
    private static final int READ_LIMIT = BrandingRules.MAX_LOGO_BYTES + 1;

    /** What the administrator sends; {@code version} is the one last read (409 when it changed since). */
    public record BrandingUpdate(String name, String primaryColor, String accentColor, String welcomeTextSv,
                                 String welcomeTextEn, String contactEmail, String contactPhone, Long version) {
    }

    @Inject
    private BrandingAdministration branding;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "The gallery's name, colours, welcome texts, contact and version, with contrast warnings")
    public BrandingResponse get() {
        return BrandingResponse.of(branding.current(), locale());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change name, colours (#rrggbb), welcome texts and contact; send the version you read "
            + "(409 when someone changed it since). Colours below 4.5:1 against white are saved with warnings")
    public BrandingResponse update(BrandingUpdate body) {
        BrandingUpdate u = body == null ? new BrandingUpdate(null, null, null, null, null, null, null, null) : body;
        return BrandingResponse.of(branding.update(new BrandingChanges(u.name(), u.primaryColor(), u.accentColor(),
                u.welcomeTextSv(), u.welcomeTextEn(), u.contactEmail(), u.contactPhone(), u.version())), locale());
    }

    @PUT
    @Path("logo")
    @Consumes({"image/png", "image/jpeg", "image/svg+xml", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Replace the logo: PNG, JPEG or SVG (no scripts), at most 512 kB; served at /branding/logo")
    public BrandingResponse replaceLogo(@HeaderParam("Content-Type") String type, InputStream body)
            throws IOException {
        return BrandingResponse.of(branding.replaceLogo(body.readNBytes(READ_LIMIT), type), locale());
    }

    @POST
    @Path("logo")
    @Consumes({"image/png", "image/jpeg", "image/svg+xml", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "The same as PUT, for clients that can only POST files")
    public BrandingResponse postLogo(@HeaderParam("Content-Type") String type, InputStream body) throws IOException {
        return replaceLogo(type, body);
    }

    private Locale locale() {
        return Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }
}
