package se.egalleria.web.faces.gallery;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import se.egalleria.account.application.Caller;
import se.egalleria.catalog.application.ServiceBookings;
import se.egalleria.catalog.application.ServiceCatalogue;
import se.egalleria.catalog.application.ServiceSummary;
import se.egalleria.catalog.application.SlotSummary;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;

/** A service (laundry, the shopping bus …): how to use it, and booking a seat when it has slots. */
@Named
@ViewScoped
public class ServicePageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ServiceCatalogue services;

    @Inject
    private ServiceBookings bookings;

    @Inject
    private Caller caller;

    @Inject
    private FormMessages messages;

    private Long id;
    private transient ServiceSummary service;
    private transient List<SlotSummary> slots = List.of();

    public void load() {
        try {
            service = services.get(id == null ? 0 : id);
            slots = "SLOTS".equals(service.booking()) ? services.upcomingSlots(service.id()) : List.of();
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    public void book(SlotSummary slot) {
        try {
            bookings.book(slot.id(), 1);
            messages.info("service.booked");
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
        load();
    }

    public boolean isSignedIn() {
        return caller.identity().isPresent();
    }

    public ServiceSummary getService() {
        return service;
    }

    public List<SlotSummary> getSlots() {
        return slots;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
