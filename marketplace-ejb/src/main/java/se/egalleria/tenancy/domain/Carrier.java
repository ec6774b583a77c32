package se.egalleria.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** Someone the municipality has admitted to carry home deliveries: Posten, bus freight, a taxi. */
@Entity
@Table(name = "carrier")
@NamedQuery(name = Carrier.ALL, query = "SELECT c FROM Carrier c ORDER BY c.name")
@NamedQuery(name = Carrier.BY_CODE, query = "SELECT c FROM Carrier c WHERE c.code = :code")
public class Carrier extends TenantOwnedEntity {

    public static final String ALL = "Carrier.all";
    public static final String BY_CODE = "Carrier.byCode";

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 30)
    private CarrierMode mode;

    @Column(name = "phone", length = 40)
    private String phone;

    protected Carrier() {
        // for JPA
    }

    public Carrier(String code) {
        this.code = code;
    }

    @Column(name = "organisation_number", length = 20)
    private String organisationNumber;

    @Column(name = "subsidy_agreement", length = 120)
    private String subsidyAgreement;

    /** Organisation number and the home-delivery agreement with the municipality (for the subsidy reports). */
    public void contract(String organisationNumber, String subsidyAgreement) {
        this.organisationNumber = organisationNumber;
        this.subsidyAgreement = subsidyAgreement;
    }

    public String organisationNumber() {
        return organisationNumber;
    }

    public String subsidyAgreement() {
        return subsidyAgreement;
    }

    /** The administrator gives the carrier another code (unique in the municipality). */
    public void recode(String code) {
        this.code = code;
    }

    public long version() {
        return versionNumber();
    }

    public void describe(String name, CarrierMode mode, String phone) {
        this.name = name;
        this.mode = mode;
        this.phone = phone;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public CarrierMode mode() {
        return mode;
    }

    public String phone() {
        return phone;
    }
}
