package se.egalleria.web.faces.gallery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.egalleria.servicepoint.application.PublicServicePoint;
import se.egalleria.servicepoint.application.ServicePointDirectory;

/** The public list of the municipality's service points, with what each offers. */
@Named
@RequestScoped
public class ServicePointListView {

    @Inject
    private ServicePointDirectory directory;

    private List<PublicServicePoint> points;

    public List<PublicServicePoint> getPoints() {
        if (points == null) {
            points = directory.list();
        }
        return points;
    }
}
