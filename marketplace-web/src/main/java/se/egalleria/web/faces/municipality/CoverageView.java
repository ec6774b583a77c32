package se.egalleria.web.faces.municipality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import se.egalleria.servicepoint.application.CoverageCsv;
import se.egalleria.servicepoint.application.CoverageReport;
import se.egalleria.servicepoint.application.ServiceCoverage;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.web.faces.common.Downloads;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;

/**
 * The administrator's service-coverage page: every village's distance to the nearest shop and
 * service point, those beyond the chosen distance highlighted, as a table and a plot, and as CSV.
 */
@Named
@ViewScoped
public class CoverageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("distanceKm", "limit:distance");

    @Inject
    private ServiceCoverage coverage;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private String distance = String.valueOf(ServiceCoverage.DEFAULT_LIMIT_KM);
    private transient CoverageReport report;
    private boolean allowed;

    public void show() {
        try {
            report = coverage.coverage(distance);
            allowed = true;
        } catch (InvalidInputException e) {
            // The service checks who asks before the distance, so a refused distance means an allowed caller.
            report = null;
            allowed = true;
            messages.show(e, INPUTS);
        } catch (DomainException e) {
            report = null;
            allowed = false;
            messages.show(e, INPUTS);
        }
    }

    public void download() throws IOException {
        CoverageReport asked;
        try {
            asked = coverage.coverage(distance);
        } catch (DomainException e) {
            report = null;
            messages.show(e, INPUTS);
            return;
        }
        Downloads.send(new CoverageCsv(language.getLocale()).csv(asked), "text/csv; charset=UTF-8",
                CoverageCsv.fileName(asked));
    }

    /** "32,6 km" in Swedish, "32.6 km" in English; a dash when there is no such shop. */
    public String km(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        String number = value.toPlainString();
        return ("en".equals(language.getLanguage()) ? number : number.replace('.', ',')) + " km";
    }

    public CoveragePlot getPlot() {
        return report == null ? null : CoveragePlot.of(report);
    }

    public CoverageReport getReport() {
        return report;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getDistance() {
        return distance;
    }

    public void setDistance(String distance) {
        this.distance = distance;
    }
}
