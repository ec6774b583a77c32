package se.egalleria.web.faces.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import se.egalleria.region.application.RegionSummary;
import se.egalleria.region.application.RegionalGallery;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.MunicipalitySummary;

/** The platform's start page: every municipality's gallery, with a link to it. */
@Named
@RequestScoped
public class PlatformStartView {

    @Inject
    private MunicipalityDirectory municipalities;

    @Inject
    private HttpServletRequest request;

    @Inject
    private RegionalGallery regionalGallery;

    private List<MunicipalitySummary> all;
    private List<RegionSummary> regions;

    public List<MunicipalitySummary> getMunicipalities() {
        if (all == null) {
            all = municipalities.listActive();
        }
        return all;
    }

    /**
     * The gallery's own host name on this server's port, e.g. http://arjeplog.localhost:8080/:
     * the one below the host this page was asked on, if the gallery has one.
     */
    public String hostLink(MunicipalitySummary municipality) {
        String serverName = request.getServerName();
        boolean loopback = serverName.equals("127.0.0.1") || serverName.equals("[::1]") || serverName.equals("::1");
        String suffix = "." + (loopback ? "localhost" : serverName);
        String host = municipality.hosts().stream().filter(h -> h.endsWith(suffix)).findFirst()
                .orElse(municipality.hosts().get(0));
        int port = request.getServerPort();
        boolean defaultPort = port == 80 && "http".equals(request.getScheme())
                || port == 443 && "https".equals(request.getScheme());
        return request.getScheme() + "://" + host + (defaultPort ? "" : ":" + port) + "/";
    }

    /** The same gallery under this host, for clients that cannot resolve the gallery's host name. */
    public String pathLink(MunicipalitySummary municipality) {
        return request.getContextPath() + "/g/" + municipality.slug() + "/";
    }

    /** Regional galleries (several municipalities together), each at /r/{slug}/. */
    public List<RegionSummary> getRegions() {
        if (regions == null) {
            regions = regionalGallery.list();
        }
        return regions;
    }

    public String regionLink(RegionSummary region) {
        return request.getContextPath() + "/r/" + region.slug() + "/";
    }
}
