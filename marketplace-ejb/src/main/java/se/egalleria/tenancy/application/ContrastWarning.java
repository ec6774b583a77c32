package se.egalleria.tenancy.application;

/**
 * A chosen colour with too little contrast against white (WCAG AA asks 4.5:1 for text): white
 * text on it, or text in it on white, is hard to read for many. {@code contrast} is rounded to
 * two decimals; {@code messageKey} names the text to show.
 */
public record ContrastWarning(String field, String colour, double contrast, String messageKey) {

    /** The ratio as people read it: "3,21" in Swedish, "3.21" in English. */
    public String contrastText(java.util.Locale locale) {
        String text = String.format(java.util.Locale.ROOT, "%.2f", contrast);
        return "en".equals(locale.getLanguage()) ? text : text.replace('.', ',');
    }
}
