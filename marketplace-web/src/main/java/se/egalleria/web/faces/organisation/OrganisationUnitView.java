package se.egalleria.web.faces.organisation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.egalleria.organisation.application.AgreementDetails;
import se.egalleria.organisation.application.OrdererView;
import se.egalleria.organisation.application.OrganisationUnits;
import se.egalleria.organisation.application.UnitDetails;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;
import se.egalleria.web.rest.RequestContexts;

/** One unit in the console: its details, its framework agreements with shops, and who may order for it. */
@Named
@ViewScoped
public class OrganisationUnitView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> AGREEMENT_INPUTS = agreementInputs();

    @Inject
    private OrganisationUnits units;

    @Inject
    private ShopDirectory shops;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private Long unit;
    private transient UnitDetails details;
    private transient List<AgreementDetails> agreements;
    private transient List<OrdererView> orderers;
    private UnitForm form;
    private AgreementForm agreement = new AgreementForm();
    private String email;

    public void load() {
        if (unit == null) {
            messages.error("error.organisation.notFound", "");
            return;
        }
        try {
            details = units.get(unit);
            agreements = units.agreements(unit);
            orderers = units.orderers(unit);
            if (form == null) {
                form = UnitForm.of(details);
            }
        } catch (DomainException e) {
            details = null;
            messages.show(e, Map.of());
        }
    }

    public void save() {
        try {
            UnitDetails saved = units.change(unit, form.toInput());
            form = UnitForm.of(saved);
            messages.info("organisation.changed", saved.name());
        } catch (DomainException e) {
            messages.show(e, OrganisationsView.UNIT_INPUTS);
        }
        load();
    }

    public void saveAgreement() {
        try {
            AgreementDetails saved = agreement.isEditing()
                    ? units.changeAgreement(unit, agreement.editing(), agreement.toInput())
                    : units.addAgreement(unit, agreement.toInput());
            messages.info("organisation.agreementSaved", saved.reference(), saved.shopName());
            agreement = new AgreementForm();
        } catch (DomainException e) {
            messages.show(e, AGREEMENT_INPUTS);
            if (!(e instanceof InvalidInputException)) {
                agreement = new AgreementForm();
            }
        }
        load();
    }

    public void edit(AgreementDetails chosen) {
        agreement = AgreementForm.of(chosen);
        load();
    }

    public void cancel() {
        agreement = new AgreementForm();
        load();
    }

    public void remove(AgreementDetails chosen) {
        try {
            units.removeAgreement(unit, chosen.id());
            messages.info("organisation.agreementRemoved", chosen.reference(), chosen.shopName());
            agreement = new AgreementForm();
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
        load();
    }

    public void invite() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            OrdererView invited = units.inviteOrderer(unit, email, RequestContexts.links(request, language.getLocale()));
            messages.info("organisation.invited", invited.email());
            email = null;
        } catch (DomainException e) {
            messages.show(e, Map.of("email", "orderer:email"));
        }
        load();
    }

    /** The municipality's shops by name, for the agreement's shop. */
    public Map<String, Long> getShops() {
        Map<String, Long> byName = new TreeMap<>();
        shops.namesById().forEach((id, name) -> byName.put(name, id));
        return byName;
    }

    private static Map<String, String> agreementInputs() {
        Map<String, String> inputs = new HashMap<>();
        for (String field : List.of("shopId", "reference", "validFrom", "validTo", "aboveLimit", "prices")) {
            inputs.put(field, "agreement:" + field);
        }
        inputs.put("monthlyLimitOre", "agreement:monthlyLimit");
        for (int i = 0; i < 200; i++) {
            inputs.put("prices[" + i + "].productId", "agreement:prices");
            inputs.put("prices[" + i + "].priceOre", "agreement:prices");
        }
        return inputs;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public UnitDetails getDetails() {
        return details;
    }

    public List<AgreementDetails> getAgreements() {
        return agreements == null ? List.of() : agreements;
    }

    public List<OrdererView> getOrderers() {
        return orderers == null ? List.of() : orderers;
    }

    public UnitForm getForm() {
        return form;
    }

    public AgreementForm getAgreement() {
        return agreement;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
