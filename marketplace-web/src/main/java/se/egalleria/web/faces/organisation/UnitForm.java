package se.egalleria.web.faces.organisation;

import java.io.Serializable;
import se.egalleria.organisation.application.UnitDetails;
import se.egalleria.organisation.application.UnitInput;

/** The fields of a unit as a form holds them, for registering one and for changing one. */
public class UnitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String kind = "SCHOOL_KITCHEN";
    private String invoiceReference;
    private String street;
    private String postalCode;
    private Long villageId;
    private String phone;
    private Long version;

    static UnitForm of(UnitDetails unit) {
        UnitForm form = new UnitForm();
        form.name = unit.name();
        form.kind = unit.kind();
        form.invoiceReference = unit.invoiceReference();
        form.street = unit.street();
        form.postalCode = unit.postalCode();
        form.villageId = unit.villageId();
        form.phone = unit.phone();
        form.version = unit.version();
        return form;
    }

    UnitInput toInput() {
        return new UnitInput(name, kind, invoiceReference, street, postalCode, villageId, phone, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getInvoiceReference() {
        return invoiceReference;
    }

    public void setInvoiceReference(String invoiceReference) {
        this.invoiceReference = invoiceReference;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
