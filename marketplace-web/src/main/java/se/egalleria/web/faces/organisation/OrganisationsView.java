package se.egalleria.web.faces.organisation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.egalleria.ordering.application.OrderSummary;
import se.egalleria.ordering.application.OrderWorkflow;
import se.egalleria.ordering.application.OrganisationOrders;
import se.egalleria.organisation.application.OrganisationUnits;
import se.egalleria.organisation.application.UnitDetails;
import se.egalleria.organisation.domain.UnitKind;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.PageRequest;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;
import se.egalleria.web.faces.common.Navigation;
import se.egalleria.web.rest.RequestContexts;

/**
 * "Organisationskunder" in the console: the municipality's units, a form to register one, and the
 * units' orders above a limit that wait for approval (approve, or refuse with a reason).
 */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Map<String, String> UNIT_INPUTS = Map.of("name", "unit:name", "kind", "unit:kind",
            "invoiceReference", "unit:invoiceReference", "street", "unit:street", "postalCode", "unit:postalCode",
            "villageId", "unit:villageId", "phone", "unit:phone");

    @Inject
    private OrganisationUnits units;

    @Inject
    private OrganisationOrders orders;

    @Inject
    private OrderWorkflow workflow;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    @Inject
    private Navigation navigation;

    private boolean allowed;
    private UnitForm form = new UnitForm();
    private String reason;
    private transient List<UnitDetails> list;
    private transient List<OrderSummary> awaiting;

    public void load() {
        try {
            list = units.list(new PageRequest(0, PageRequest.MAX_SIZE)).items();
            awaiting = orders.awaitingApproval(new PageRequest(0, PageRequest.MAX_SIZE)).items();
            allowed = true;
        } catch (DomainException e) {
            allowed = false;
            messages.show(e, Map.of());
        }
    }

    public void register() {
        try {
            UnitDetails unit = units.register(form.toInput());
            messages.info("organisation.registered", unit.name());
            messages.keepForRedirect();
            navigation.redirect("/municipality/organisation.xhtml?unit=" + unit.id());
        } catch (DomainException e) {
            messages.show(e, UNIT_INPUTS);
            load();
        }
    }

    public void approve(String number) {
        decide(number, true, "organisation.approved");
    }

    public void refuse(String number) {
        decide(number, false, "organisation.refused");
    }

    private void decide(String number, boolean approve, String doneKey) {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            workflow.decideApproval(number, approve, reason, RequestContexts.links(request, language.getLocale()));
            messages.info(doneKey, number);
            reason = null;
        } catch (DomainException e) {
            messages.show(e, Map.of("note", "approvals:reason"));
        }
        load();
    }

    public List<String> getKinds() {
        return Arrays.stream(UnitKind.values()).map(Enum::name).toList();
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<UnitDetails> getUnits() {
        return list == null ? List.of() : list;
    }

    public List<OrderSummary> getAwaiting() {
        return awaiting == null ? List.of() : awaiting;
    }

    public UnitForm getForm() {
        return form;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
