package se.egalleria.shop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** A local shop in the gallery. Refers to its village by id (the village belongs to tenancy). */
@Entity
@Table(name = "shop")
@NamedQuery(name = Shop.BY_CODE, query = "SELECT s FROM Shop s WHERE s.code = :code")
@NamedQuery(name = Shop.COUNT_ALL, query = "SELECT COUNT(s) FROM Shop s")
public class Shop extends TenantOwnedEntity {

    public static final String BY_CODE = "Shop.byCode";
    public static final String COUNT_ALL = "Shop.countAll";

    @Column(name = "code", nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "village_id", nullable = false)
    private long villageId;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "opening_hours", nullable = false, length = 500)
    private String openingHours;

    @Column(name = "phone", nullable = false, length = 40)
    private String phone;

    @Column(name = "email", nullable = false, length = 190)
    private String email;

    protected Shop() {
        // for JPA
    }

    public Shop(String code, String name, long villageId) {
        this.code = code;
        this.name = name;
        this.villageId = villageId;
        this.description = "";
        this.openingHours = "";
        this.phone = "";
        this.email = "";
    }

    public void presentAs(String description, String openingHours) {
        this.description = description;
        this.openingHours = openingHours;
    }

    public void reachableAt(String phone, String email) {
        this.phone = phone;
        this.email = email;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public long villageId() {
        return villageId;
    }
}
