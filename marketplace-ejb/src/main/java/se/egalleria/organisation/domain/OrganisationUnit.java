package se.egalleria.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** A municipal unit that buys as an organisation customer; goods go to its address, invoices to its reference. */
@Entity
@Table(name = "organisation_unit")
@NamedQuery(name = OrganisationUnit.ALL, query = "SELECT u FROM OrganisationUnit u ORDER BY u.name, u.id")
@NamedQuery(name = OrganisationUnit.COUNT, query = "SELECT COUNT(u) FROM OrganisationUnit u")
@NamedQuery(name = OrganisationUnit.BY_NAME, query = "SELECT u FROM OrganisationUnit u WHERE u.name = :name")
public class OrganisationUnit extends TenantOwnedEntity {

    public static final String ALL = "OrganisationUnit.all";
    public static final String COUNT = "OrganisationUnit.count";
    public static final String BY_NAME = "OrganisationUnit.byName";

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private UnitKind kind;

    @Column(name = "invoice_reference", nullable = false, length = 120)
    private String invoiceReference;

    @Column(name = "street", nullable = false, length = 200)
    private String street;

    @Column(name = "postal_code", nullable = false, length = 10)
    private String postalCode;

    @Column(name = "village_id", nullable = false)
    private long villageId;

    @Column(name = "phone", nullable = false, length = 40)
    private String phone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OrganisationUnit() {
        // for JPA
    }

    public OrganisationUnit(UnitProfile profile, Instant now) {
        change(profile);
        this.createdAt = now;
    }

    /** Name, kind, invoice reference and delivery address as the administrator set them. */
    public record UnitProfile(String name, UnitKind kind, String invoiceReference, String street, String postalCode,
                              long villageId, String phone) {
    }

    public final void change(UnitProfile profile) {
        this.name = profile.name();
        this.kind = profile.kind();
        this.invoiceReference = profile.invoiceReference();
        this.street = profile.street();
        this.postalCode = profile.postalCode();
        this.villageId = profile.villageId();
        this.phone = profile.phone();
    }

    public long version() {
        return versionNumber();
    }

    public String name() {
        return name;
    }

    public UnitKind kind() {
        return kind;
    }

    public String invoiceReference() {
        return invoiceReference;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public long villageId() {
        return villageId;
    }

    public String phone() {
        return phone;
    }
}
