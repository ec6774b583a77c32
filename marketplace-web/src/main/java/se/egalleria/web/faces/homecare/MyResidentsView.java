package se.egalleria.web.faces.homecare;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import se.egalleria.account.application.AssignmentView;
import se.egalleria.account.application.HomeCare;
import se.egalleria.ordering.application.RepeatOrders;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;

/** The home-care worker's residents, each with their latest order to repeat. */
@Named
@RequestScoped
public class MyResidentsView {

    @Inject
    private HomeCare homeCare;

    @Inject
    private RepeatOrders repeats;

    @Inject
    private FormMessages messages;

    private List<AssignmentView> residents = List.of();
    private Map<Long, String> latestOrders = Map.of();

    public void load() {
        try {
            residents = homeCare.myResidents();
            latestOrders = repeats.latestOrders();
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    public List<AssignmentView> getResidents() {
        return residents;
    }

    /** The resident's latest order number, or null when they have none yet. */
    public String latestOrder(long residentAccountId) {
        return latestOrders.get(residentAccountId);
    }
}
