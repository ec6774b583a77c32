package se.egalleria.web.faces.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.MunicipalityProfile;
import se.egalleria.tenancy.application.TenantContext;
import se.egalleria.tenancy.application.TenantRequiredException;
import se.egalleria.web.tenancy.TenantFilter;

/** The gallery a page belongs to (empty on the platform's pages), and links that stay inside it. */
@Named
@RequestScoped
public class BrandingView {

    @Inject
    private TenantContext tenantContext;

    @Inject
    private MunicipalityDirectory municipalities;

    @Inject
    private HttpServletRequest request;

    private Optional<MunicipalityProfile> profile;

    public boolean isGallery() {
        return tenantContext.current().isPresent();
    }

    /** The municipality of this gallery; a gallery's page asked for on the platform's host is not found (404). */
    public MunicipalityProfile getMunicipality() {
        return profile().orElseThrow(TenantRequiredException::new);
    }

    public String getDefaultLanguage() {
        return profile().map(MunicipalityProfile::defaultLocale).orElse("sv");
    }

    /** A path inside this gallery, e.g. {@code /branding/logo} → {@code /g/arjeplog/branding/logo}. */
    public String link(String path) {
        Object prefix = request.getAttribute(TenantFilter.LINK_PREFIX);
        return request.getContextPath() + (prefix == null ? "" : prefix) + path;
    }

    private Optional<MunicipalityProfile> profile() {
        if (profile == null) {
            profile = isGallery() ? Optional.of(municipalities.current()) : Optional.empty();
        }
        return profile;
    }
}
