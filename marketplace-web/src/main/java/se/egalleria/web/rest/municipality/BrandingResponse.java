package se.egalleria.web.rest.municipality;

import java.util.List;
import java.util.Locale;
import se.egalleria.tenancy.application.BrandingDetails;
import se.egalleria.tenancy.application.ContrastWarning;
import se.egalleria.web.i18n.Messages;

/** The branding as the API shows it, with its contrast warnings in the caller's language. */
public record BrandingResponse(
        String name,
        String primaryColor,
        String accentColor,
        String welcomeTextSv,
        String welcomeTextEn,
        String contactEmail,
        String contactPhone,
        boolean hasLogo,
        long version,
        List<Warning> warnings) {

    /** A colour below WCAG AA (4.5:1) against white: saved, but hard to read. */
    public record Warning(String field, String colour, double contrast, String message) {
    }

    public static BrandingResponse of(BrandingDetails d, Locale locale) {
        return new BrandingResponse(d.name(), d.primaryColor(), d.accentColor(), d.welcomeTextSv(), d.welcomeTextEn(),
                d.contactEmail(), d.contactPhone(), d.hasLogo(), d.version(),
                d.warnings().stream().map(w -> warning(w, locale)).toList());
    }

    private static Warning warning(ContrastWarning w, Locale locale) {
        return new Warning(w.field(), w.colour(), w.contrast(),
                Messages.get(locale, w.messageKey(), List.of(w.colour(), w.contrastText(locale))));
    }
}
