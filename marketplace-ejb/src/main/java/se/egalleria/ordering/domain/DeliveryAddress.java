package se.egalleria.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the resident lives: street, postal code and one of the municipality's villages. */
@Embeddable
public class DeliveryAddress {

    @Column(name = "street_address", nullable = false, length = 200)
    private String street;

    @Column(name = "postal_code", nullable = false, length = 5)
    private String postalCode;

    @Column(name = "village_id", nullable = false)
    private long villageId;

    @Column(name = "delivery_instructions", nullable = false, length = 500)
    private String instructions;

    protected DeliveryAddress() {
        // for JPA
    }

    public DeliveryAddress(String street, String postalCode, long villageId, String instructions) {
        this.street = street;
        this.postalCode = postalCode;
        this.villageId = villageId;
        this.instructions = instructions;
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

    public String instructions() {
        return instructions;
    }
}
