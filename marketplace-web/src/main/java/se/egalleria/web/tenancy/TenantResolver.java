package se.egalleria.web.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.egalleria.tenancy.application.MunicipalityDirectory;

/**
 * Decides which municipality a request is for, once: authentication (which runs before any
 * filter) and the tenant filter share the answer through a request attribute.
 */
@ApplicationScoped
public class TenantResolver {

    private static final String RESOLVED = TenantResolver.class.getName();

    @Inject
    private MunicipalityDirectory municipalities;

    @Inject
    @ConfigProperty(name = "egalleria.platform-hosts", defaultValue = "localhost,127.0.0.1,[::1]")
    private PlatformHosts platformHosts;

    public TenantResolution resolve(HttpServletRequest request) {
        if (request.getAttribute(RESOLVED) instanceof TenantResolution known) {
            return known;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        TenantAddress address = TenantAddress.of(request.getHeader("Host"), path);
        Optional<String> tenant = address.pathSlug().isPresent()
                ? address.pathSlug().filter(municipalities::isActive)
                : municipalities.slugForHost(address.host());
        boolean platform = address.pathSlug().isEmpty() && tenant.isEmpty() && platformHosts.contains(address.host());
        TenantResolution resolution = new TenantResolution(address, tenant, platform);
        request.setAttribute(RESOLVED, resolution);
        return resolution;
    }
}
