package se.egalleria.subsidy.application;

import java.util.Locale;

/**
 * A household is its address: street, postal code and village, written the same way however they
 * were typed. The register, the reports and the statistics all key households this way.
 */
public final class Households {

    private Households() {
    }

    public static String key(String street, String postalCode, String village) {
        return normal(street) + "|" + postalCode.replace(" ", "") + "|" + normal(village);
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.forLanguageTag("sv"));
    }
}
