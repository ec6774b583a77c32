package se.egalleria.statistics.application;

import java.util.Locale;

/**
 * A household is its address, written the same way however it was typed. This must give the
 * same key as {@code subsidy.application.Households} (which keys the subsidy register), so that a
 * delivery is matched to its approval exactly as the monthly report matches it; that class is
 * not open to other areas, hence the copy. {@code HouseholdKeyTest} pins the format.
 */
final class HouseholdKey {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private HouseholdKey() {
    }

    static String of(String street, String postalCode, String village) {
        return normal(street) + "|" + (postalCode == null ? "" : postalCode.replace(" ", "")) + "|" + normal(village);
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(SWEDISH);
    }
}
