package se.egalleria.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How residents reach the municipality about its gallery. Both parts are optional. */
@Embeddable
public class ContactDetails {

    @Column(name = "contact_email", length = 190)
    private String email;

    @Column(name = "contact_phone", length = 40)
    private String phone;

    protected ContactDetails() {
        // for JPA
    }

    public ContactDetails(String email, String phone) {
        this.email = email;
        this.phone = phone;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
