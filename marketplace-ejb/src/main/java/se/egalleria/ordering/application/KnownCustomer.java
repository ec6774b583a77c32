package se.egalleria.ordering.application;

/** A shop's earlier customer, found by phone number: the details of their latest order there. */
public record KnownCustomer(String name, String email, String phone, String street, String postalCode,
                            long villageId) {
}
