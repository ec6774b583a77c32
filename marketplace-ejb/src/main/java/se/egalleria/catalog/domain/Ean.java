package se.egalleria.catalog.domain;

/** EAN-8 and EAN-13 barcodes: digits with a check digit (GS1 mod 10). */
public final class Ean {

    private Ean() {
    }

    /** The code without spaces if it is a valid EAN-8 or EAN-13, else null. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replace(" ", "").replace("\u00a0", "");
        if (!(digits.length() == 8 || digits.length() == 13) || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0'
                ? digits : null;
    }

    /** Weights 3, 1, 3, ... from the rightmost digit, for EAN-8 and EAN-13 alike. */
    public static int checkDigit(String digitsBeforeCheckDigit) {
        int sum = 0;
        int weight = 3;
        for (int i = digitsBeforeCheckDigit.length() - 1; i >= 0; i--) {
            sum += (digitsBeforeCheckDigit.charAt(i) - '0') * weight;
            weight = 4 - weight;
        }
        return (10 - sum % 10) % 10;
    }
}
