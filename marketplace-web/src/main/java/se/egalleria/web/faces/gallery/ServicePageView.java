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
import se.egalleria.catalog.application.TripAddress;
import se.egalleria.ordering.application.Orders;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;

/**
 * A service (laundry, the shopping bus …): how to use it, and booking a seat when it has slots. A
 * shopping trip also asks where the travelling household lives (for the municipality's subsidy),
 * filled in from the resident's latest order.
 */
@Named
@ViewScoped
public class ServicePageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("street", "slots:street", "postalCode",
            "slots:postalCode", "villageId", "slots:villageId");

    @Inject
    private ServiceCatalogue services;

    @Inject
    private ServiceBookings bookings;

    @Inject
    private Caller caller;

    @Inject
    private Orders orders;

    @Inject
    private FormMessages messages;

    private Long id;
    private transient ServiceSummary service;
    private transient List<SlotSummary> slots = List.of();
    private boolean addressFilled;
    private String street;
    private String postalCode;
    private Long villageId;

    public void load() {
        try {
            service = services.get(id == null ? 0 : id);
            slots = "SLOTS".equals(service.booking()) ? services.upcomingSlots(service.id()) : List.of();
            if (service.shoppingTrip() && isSignedIn() && !addressFilled) {
                addressFilled = true;
                orders.latestAddressOfCaller().ifPresent(o -> {
                    street = o.street();
                    postalCode = o.postalCode();
                    villageId = o.villageId();
                });
            }
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    public void book(SlotSummary slot) {
        try {
            bookings.book(slot.id(), 1, new TripAddress(null, street, postalCode, villageId));
            messages.info("service.booked");
        } catch (DomainException e) {
            messages.show(e, INPUTS);
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

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
