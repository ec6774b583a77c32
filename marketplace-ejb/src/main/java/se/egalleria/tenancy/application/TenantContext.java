package se.egalleria.tenancy.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The municipality the current request belongs to. Set once at the edge (the web layer's tenant
 * filter); read by the persistence layer. Empty on the platform's own pages.
 */
@RequestScoped
public class TenantContext {

    private String tenant;

    public void enter(String tenantSlug) {
        if (tenant != null && !tenant.equals(tenantSlug)) {
            throw new IllegalStateException("The tenant of a request cannot change");
        }
        this.tenant = tenantSlug;
    }

    public Optional<String> current() {
        return Optional.ofNullable(tenant);
    }

    /** The tenant, or a 404-style failure when the request names no municipality. */
    public String require() {
        if (tenant == null) {
            throw new TenantRequiredException();
        }
        return tenant;
    }
}
