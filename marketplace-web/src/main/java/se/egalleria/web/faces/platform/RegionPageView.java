package se.egalleria.web.faces.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import se.egalleria.region.application.RegionSummary;
import se.egalleria.region.application.RegionalGallery;
import se.egalleria.region.application.RegionalService;
import se.egalleria.region.application.RegionalShop;
import se.egalleria.shared.NotFoundException;

/**
 * A regional gallery's page (/r/{slug}/): the members' shops and services together, each linking
 * into its own municipality's gallery (/g/{municipality}/...), where it is bought and ordered.
 */
@Named
@RequestScoped
public class RegionPageView {

    @Inject
    private RegionalGallery gallery;

    private String slug;
    private RegionSummary region;
    private List<RegionalShop> shops = List.of();
    private List<RegionalService> services = List.of();

    public void load() throws IOException {
        try {
            region = gallery.region(slug);
            shops = gallery.shops(slug);
            services = gallery.services(slug);
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
            faces.responseComplete();
        }
    }

    /** A path into the member's own gallery on this host, which needs no DNS name of its own. */
    public String memberLink(String municipality, String path) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/g/" + municipality
                + path;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public RegionSummary getRegion() {
        return region;
    }

    public List<RegionalShop> getShops() {
        return shops;
    }

    public List<RegionalService> getServices() {
        return services;
    }
}
