package se.egalleria.tenancy.application;

import java.util.List;

/**
 * A municipality's branding as its administrator edits it. {@code version} goes back with a change,
 * so two administrators cannot overwrite each other; {@code warnings} are the colours' contrast
 * problems (saving is not refused for them).
 */
public record BrandingDetails(
        String name,
        String primaryColor,
        String accentColor,
        String welcomeTextSv,
        String welcomeTextEn,
        String contactEmail,
        String contactPhone,
        boolean hasLogo,
        long version,
        List<ContrastWarning> warnings) {

    public BrandingDetails {
        warnings = List.copyOf(warnings);
    }
}
