package se.egalleria.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who ordered and how to reach them: personal data, kept only on the order it belongs to. */
@Embeddable
public class Customer {

    @Column(name = "customer_name", nullable = false, length = 120)
    private String name;

    @Column(name = "customer_email", nullable = false, length = 190)
    private String email;

    @Column(name = "customer_phone", nullable = false, length = 40)
    private String phone;

    protected Customer() {
        // for JPA
    }

    public Customer(String name, String email, String phone) {
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
