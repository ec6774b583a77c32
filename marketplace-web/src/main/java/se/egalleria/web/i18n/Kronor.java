package se.egalleria.web.i18n;

/** Formats whole öre as Swedish kronor: "20 kr", "1 234,50 kr" (no rounding, no floating point). */
public final class Kronor {

    private static final char THIN_SPACE = '\u00a0';

    private Kronor() {
    }

    public static String format(long ore) {
        String sign = ore < 0 ? "−" : "";
        long abs = Math.abs(ore);
        String kronor = group(abs / 100);
        long rest = abs % 100;
        return sign + kronor + (rest == 0 ? "" : "," + (rest < 10 ? "0" : "") + rest) + THIN_SPACE + "kr";
    }

    private static String group(long value) {
        String digits = Long.toString(value);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(THIN_SPACE);
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }
}
