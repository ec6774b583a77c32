package se.egalleria.tenancy.application;

import java.util.List;
import java.util.Set;

/** What a municipality's gallery shows about the municipality itself. */
public record MunicipalityProfile(
        String slug,
        String name,
        String county,
        String defaultLocale,
        String primaryColor,
        String accentColor,
        String welcomeTextSv,
        String welcomeTextEn,
        boolean hasLogo,
        String contactEmail,
        String contactPhone,
        long deliveryFeeOre,
        Set<String> deliveryEligibleGroups,
        List<VillageSummary> villages) {

    public MunicipalityProfile {
        deliveryEligibleGroups = Set.copyOf(deliveryEligibleGroups);
        villages = List.copyOf(villages);
    }

    /** The welcome text in the given language; Swedish when there is no English text. */
    public String welcomeText(String language) {
        return "en".equals(language) && !welcomeTextEn.isBlank() ? welcomeTextEn : welcomeTextSv;
    }
}
