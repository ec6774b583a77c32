package se.egalleria.web.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.TenantContext;
import se.egalleria.web.rest.error.ProblemWriter;
import se.egalleria.web.security.GalleryAuthenticationMechanism;

/**
 * Puts the request's municipality into context before anything else runs: from the path prefix
 * {@code /g/{slug}/...} (then forwards to the path inside it), or from the Host header. The
 * platform's own host names have no municipality. Anything else is an unknown gallery: 404.
 */
@WebFilter(filterName = "TenantFilter", urlPatterns = "/*", asyncSupported = true)
public class TenantFilter extends HttpFilter {

    /** Request attribute: the prefix links must carry ({@code /g/slug} or empty). */
    public static final String LINK_PREFIX = "egalleria.linkPrefix";
    /** Request attribute set when the gallery asked for does not exist. */
    public static final String UNKNOWN_GALLERY = "egalleria.unknownGallery";
    /** Request attribute set when the gallery exists but the platform operator suspended it. */
    public static final String CLOSED_GALLERY = "egalleria.closedGallery";

    @Inject
    private TenantResolver resolver;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private MunicipalityDirectory municipalities;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isStaticResource(path)) {
            chain.doFilter(request, response);
            return;
        }
        TenantResolution resolution = resolver.resolve(request);
        if (resolution.unknown()) {
            rejectUnknownGallery(request, response, resolution);
            return;
        }
        if (request.getAttribute(GalleryAuthenticationMechanism.INVALID_TOKEN) != null) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ProblemWriter.write(request, response, 401, "not-authenticated", "error.auth.invalidToken");
            return;
        }
        resolution.tenant().ifPresent(tenantContext::enter);
        TenantAddress address = resolution.address();
        request.setAttribute(LINK_PREFIX, address.linkPrefix());
        if (address.pathSlug().isPresent()) {
            String inside = "/".equals(address.pathInside()) ? "/index.xhtml" : address.pathInside();
            String query = request.getQueryString();
            request.getRequestDispatcher(query == null ? inside : inside + "?" + query).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }

    private void rejectUnknownGallery(HttpServletRequest request, HttpServletResponse response,
                                      TenantResolution resolution) throws IOException {
        TenantAddress address = resolution.address();
        boolean closed = municipalities.isSuspended(address.host(), address.pathSlug().orElse(null));
        if (closed && resolution.isApi()) {
            ProblemWriter.write(request, response, 404, "gallery-closed", "error.tenant.closed");
        } else if (closed) {
            request.setAttribute(UNKNOWN_GALLERY, Boolean.TRUE);
            request.setAttribute(CLOSED_GALLERY, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (resolution.isApi()) {
            ProblemWriter.write(request, response, 404, "unknown-gallery", "error.tenant.unknown");
        } else {
            request.setAttribute(UNKNOWN_GALLERY, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
