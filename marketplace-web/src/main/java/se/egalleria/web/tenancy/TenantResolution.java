package se.egalleria.web.tenancy;

import java.util.Optional;

/** What the edge decided about a request: its address, its municipality, or the platform itself. */
public record TenantResolution(TenantAddress address, Optional<String> tenant, boolean platform) {

    /** Neither a municipality nor the platform: an unknown gallery. */
    public boolean unknown() {
        return tenant.isEmpty() && !platform;
    }

    /** The path inside the gallery (without /g/{slug}), e.g. /api/v1/shops. */
    public boolean isApi() {
        return address.pathInside().startsWith("/api/");
    }
}
