package se.egalleria.tenancy.application;

/** What the administrator sends to change the branding, with the version they saw. */
public record BrandingChanges(
        String name,
        String primaryColor,
        String accentColor,
        String welcomeTextSv,
        String welcomeTextEn,
        String contactEmail,
        String contactPhone,
        Long version) {
}
