package se.egalleria.web.rest.tenancy;

import java.util.List;
import java.util.Set;
import se.egalleria.tenancy.application.MunicipalityProfile;

/** The municipality of the request, with its branding and villages. */
public record MunicipalityResponse(String slug, String name, String county, String defaultLocale,
                                   BrandingResponse branding, HomeDeliveryResponse homeDelivery,
                                   List<VillageResponse> villages) {

    public record BrandingResponse(String primaryColor, String accentColor, String welcomeTextSv,
                                   String welcomeTextEn, String logoUrl) {
    }

    public record HomeDeliveryResponse(long feeOre, Set<String> eligibleGroups) {
    }

    public record VillageResponse(long id, String name, double latitude, double longitude, Integer households) {
    }

    static MunicipalityResponse of(MunicipalityProfile p, String linkPrefix) {
        return new MunicipalityResponse(p.slug(), p.name(), p.county(), p.defaultLocale(),
                new BrandingResponse(p.primaryColor(), p.accentColor(), p.welcomeTextSv(), p.welcomeTextEn(),
                        p.hasLogo() ? linkPrefix + "/branding/logo" : null),
                new HomeDeliveryResponse(p.deliveryFeeOre(), p.deliveryEligibleGroups()),
                p.villages().stream().map(v -> new VillageResponse(v.id(), v.name(), v.latitude().doubleValue(),
                        v.longitude().doubleValue(), v.households())).toList());
    }
}
