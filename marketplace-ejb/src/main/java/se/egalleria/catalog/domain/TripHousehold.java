package se.egalleria.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The household a shopping trip was booked for: who, street, postal code and village, the parts the
 * subsidy register keys a household by. Personal data: removed when the account is deleted, except
 * the village (the report still counts the trip there).
 */
@Embeddable
public class TripHousehold {

    @Column(name = "household_name", length = 120)
    private String name;

    @Column(name = "street_address", length = 200)
    private String street;

    @Column(name = "postal_code", length = 5)
    private String postalCode;

    @Column(name = "village_id")
    private Long villageId;

    protected TripHousehold() {
        // for JPA
    }

    public TripHousehold(String name, String street, String postalCode, long villageId) {
        this.name = name;
        this.street = street;
        this.postalCode = postalCode;
        this.villageId = villageId;
    }

    /** The booking's account was deleted: only the village is kept. */
    void anonymise() {
        name = null;
        street = null;
        postalCode = null;
    }

    public String name() {
        return name;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public Long villageId() {
        return villageId;
    }
}
