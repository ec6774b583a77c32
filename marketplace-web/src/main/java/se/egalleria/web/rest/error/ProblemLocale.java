package se.egalleria.web.rest.error;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import se.egalleria.web.i18n.Messages;

/** The language of problem texts: from Accept-Language, Swedish by default. */
final class ProblemLocale {

    private ProblemLocale() {
    }

    static Locale of(HttpHeaders headers) {
        return Messages.fromAcceptLanguage(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
