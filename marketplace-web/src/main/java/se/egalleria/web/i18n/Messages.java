package se.egalleria.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** UI text from the resource bundles: Swedish by default, English on request. */
public final class Messages {

    public static final String BUNDLE = "se.egalleria.web.i18n.messages";
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Messages() {
    }

    public static String get(Locale locale, String key, List<Object> arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
            return arguments.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(arguments.toArray());
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Swedish unless English was asked for. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : SWEDISH;
    }

    /** The best of sv/en for an Accept-Language header; Swedish when it names neither first. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return SWEDISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() == 0) {
                    continue;
                }
                String language = range.getRange().split("-")[0];
                if ("sv".equals(language)) {
                    return SWEDISH;
                }
                if ("en".equals(language)) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            // A malformed header is no reason to fail a request.
        }
        return SWEDISH;
    }
}
