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
        int sum = 0;
        for (int i = 0; i < digits.length() - 1; i++) {
            int digit = digits.charAt(digits.length() - 2 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        int check = (10 - sum % 10) % 10;
        return check == digits.charAt(digits.length() - 1) - '0' ? digits : null;
    }
}
