package se.egalleria.organisation.application;

/**
 * A unit as the administrator registers or changes it: name, kind (SCHOOL_KITCHEN, ELDERLY_CARE,
 * PRESCHOOL, OTHER), invoice reference, delivery address (a village of the municipality), phone;
 * {@code version} as read, when changing (a change made meanwhile is then refused).
 */
public record UnitInput(String name, String kind, String invoiceReference, String street, String postalCode,
                        Long villageId, String phone, Long version) {
}
