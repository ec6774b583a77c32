package se.egalleria.catalog.application;

/**
 * Where the household travelling on a shopping trip lives, as the booker sends it (not yet checked):
 * street, postal code and village id together, name optional (the booker's own by default). Left out
 * entirely, the address of the booker's latest order is used.
 */
public record TripAddress(String name, String street, String postalCode, Long villageId) {

    public boolean isEmpty() {
        return blank(name) && blank(street) && blank(postalCode) && villageId == null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
