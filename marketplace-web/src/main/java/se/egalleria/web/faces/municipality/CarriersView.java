package se.egalleria.web.faces.municipality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.tenancy.application.CarrierAdministration;
import se.egalleria.tenancy.application.CarrierChange;
import se.egalleria.tenancy.application.CarrierDetails;
import se.egalleria.tenancy.domain.CarrierMode;
import se.egalleria.web.faces.common.FormMessages;

/**
 * The administrator's carriers: the list, one form that admits a carrier or changes the one chosen
 * (with the version read, so a change made meanwhile is not overwritten), and removal.
 */
@Named
@ViewScoped
public class CarriersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("code", "carrier:code", "name", "carrier:name",
            "mode", "carrier:mode", "phone", "carrier:phone", "organisationNumber", "carrier:organisationNumber",
            "subsidyAgreement", "carrier:subsidyAgreement");

    @Inject
    private CarrierAdministration administration;

    @Inject
    private FormMessages messages;

    private transient List<CarrierDetails> carriers;
    private boolean allowed;
    private Long editing;
    private long version;
    private String code;
    private String name;
    private String mode = CarrierMode.POSTAL_SERVICE.name();
    private String phone;
    private String organisationNumber;
    private String subsidyAgreement;

    public void load() {
        try {
            carriers = administration.list();
            allowed = true;
        } catch (DomainException e) {
            allowed = false;
            messages.show(e, Map.of());
        }
    }

    public void edit(CarrierDetails carrier) {
        editing = carrier.id();
        version = carrier.version();
        code = carrier.code();
        name = carrier.name();
        mode = carrier.mode();
        phone = carrier.phone();
        organisationNumber = carrier.organisationNumber();
        subsidyAgreement = carrier.subsidyAgreement();
        load();
    }

    public void save() {
        try {
            CarrierDetails saved = editing == null
                    ? administration.add(new CarrierChange(code, name, mode, phone, organisationNumber,
                            subsidyAgreement, null))
                    : administration.change(editing, new CarrierChange(code, name, mode, phone, organisationNumber,
                            subsidyAgreement, version));
            messages.info(editing == null ? "carriers.added" : "carriers.changed", saved.name());
            cancel();
        } catch (InvalidInputException e) {
            messages.show(e, INPUTS);
        } catch (DomainException e) {
            messages.show(e, INPUTS);
            cancel();
        }
        load();
    }

    public void remove(CarrierDetails carrier) {
        try {
            administration.remove(carrier.id());
            messages.info("carriers.removed", carrier.name());
            if (editing != null && editing == carrier.id()) {
                cancel();
            }
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
        load();
    }

    /** Back to admitting a new carrier. */
    public void cancel() {
        editing = null;
        code = null;
        name = null;
        mode = CarrierMode.POSTAL_SERVICE.name();
        phone = null;
        organisationNumber = null;
        subsidyAgreement = null;
    }

    public List<String> getModes() {
        return Arrays.stream(CarrierMode.values()).map(Enum::name).toList();
    }

    public List<CarrierDetails> getCarriers() {
        return carriers;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOrganisationNumber() {
        return organisationNumber;
    }

    public void setOrganisationNumber(String organisationNumber) {
        this.organisationNumber = organisationNumber;
    }

    public String getSubsidyAgreement() {
        return subsidyAgreement;
    }

    public void setSubsidyAgreement(String subsidyAgreement) {
        this.subsidyAgreement = subsidyAgreement;
    }
}
