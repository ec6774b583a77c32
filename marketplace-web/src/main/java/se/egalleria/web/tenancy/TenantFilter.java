package se.egalleria.web.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.TenantContext;
import se.egalleria.web.rest.error.ProblemWriter;

/**
 * Resolves the municipality of every request before anything else runs: from the path prefix
 * {@code /g/{slug}/...} (then forwards to the path inside it), or from the Host header. The
 * platform's own host names have no municipality. Anything else is an unknown gallery: 404.
 */
@WebFilter(filterName = "TenantFilter", urlPatterns = "/*", asyncSupported = true)
public class TenantFilter extends HttpFilter {

    /** Request attribute: the prefix links must carry ({@code /g/slug} or empty). */
    public static final String LINK_PREFIX = "egalleria.linkPrefix";
    /** Request attribute set when the gallery asked for does not exist. */
    public static final String UNKNOWN_GALLERY = "egalleria.unknownGallery";

    @Inject
    private MunicipalityDirectory municipalities;

    @Inject
    private TenantContext tenantContext;

    @Inject
    @ConfigProperty(name = "egalleria.platform-hosts", defaultValue = "localhost,127.0.0.1,[::1]")
    private PlatformHosts platformHosts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isStaticResource(path)) {
            chain.doFilter(request, response);
            return;
        }
        TenantAddress address = TenantAddress.of(request.getHeader("Host"), path);
        Optional<String> tenant = address.pathSlug().isPresent()
                ? address.pathSlug().filter(municipalities::isActive)
                : municipalities.slugForHost(address.host());
        boolean platform = address.pathSlug().isEmpty() && platformHosts.contains(address.host());
        if (tenant.isEmpty() && !platform) {
            rejectUnknownGallery(request, response, path);
            return;
        }
        tenant.ifPresent(tenantContext::enter);
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

    private static void rejectUnknownGallery(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        if (path.startsWith("/api/") || path.contains("/api/")) {
            ProblemWriter.write(request, response, 404, "unknown-gallery", "error.tenant.unknown");
        } else {
            request.setAttribute(UNKNOWN_GALLERY, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
