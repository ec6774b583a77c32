package se.egalleria.organisation.application;

/** A municipal unit as the console and the API show it. */
public record UnitDetails(long id, String name, String kind, String invoiceReference, String street,
                          String postalCode, long villageId, String village, String phone, long version) {
}
