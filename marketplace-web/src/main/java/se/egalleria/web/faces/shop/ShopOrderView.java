package se.egalleria.web.faces.shop;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import se.egalleria.delivery.application.DeliveryNotes;
import se.egalleria.ordering.application.OrderDetail;
import se.egalleria.ordering.application.OrderHistoryEntry;
import se.egalleria.ordering.application.OrderWorkflow;
import se.egalleria.ordering.application.Orders;
import se.egalleria.shared.DomainException;
import se.egalleria.tenancy.application.CarrierDirectory;
import se.egalleria.tenancy.application.CarrierSummary;
import se.egalleria.web.faces.common.Downloads;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;
import se.egalleria.web.rest.RequestContexts;

/** One order in the shop's back office: its lines and customer, the next steps, the carrier, the delivery note. */
@Named
@ViewScoped
public class ShopOrderView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("note", "steps:note", "carrierId", "carrier:carrierId");

    @Inject
    private Orders orders;

    @Inject
    private OrderWorkflow workflow;

    @Inject
    private DeliveryNotes notes;

    @Inject
    private CarrierDirectory carriers;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private String number;
    private String note;
    private Long carrierId;
    private transient OrderDetail order;
    private transient List<OrderHistoryEntry> history;

    public void load() {
        try {
            order = orders.get(number, null);
            history = workflow.history(number);
            carrierId = order.carrierId();
        } catch (DomainException e) {
            order = null;
            messages.show(e, Map.of());
        }
    }

    /** One of the order's next steps, named by its status. */
    public void step(String status) {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            workflow.move(number, status, note, RequestContexts.links(request, language.getLocale()));
            messages.info("shop.order.moved", messages.text("order.status." + status));
            note = null;
        } catch (DomainException e) {
            messages.show(e, INPUTS);
        }
        load();
    }

    public void chooseCarrier() {
        try {
            workflow.assignCarrier(number, carrierId);
            messages.info("shop.order.carrierChosen");
        } catch (DomainException e) {
            messages.show(e, INPUTS);
        }
        load();
    }

    public void printNote() throws IOException {
        byte[] pdf;
        try {
            pdf = notes.forOrder(number, language.getLocale());
        } catch (DomainException e) {
            messages.show(e, Map.of());
            return;
        }
        Downloads.send(pdf, "application/pdf", "leveranssedel-" + number + ".pdf");
    }

    public boolean canChooseCarrier() {
        return order != null && "HOME_DELIVERY".equals(order.delivery())
                && List.of("NEW", "ACCEPTED", "PACKED", "DELIVERY_FAILED").contains(order.status());
    }

    public List<CarrierSummary> getCarriers() {
        return carriers.list();
    }

    public OrderDetail getOrder() {
        return order;
    }

    public List<OrderHistoryEntry> getHistory() {
        return history == null ? List.of() : history;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getCarrierId() {
        return carrierId;
    }

    public void setCarrierId(Long carrierId) {
        this.carrierId = carrierId;
    }
}
