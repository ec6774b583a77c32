package se.egalleria.web.rest.platform;

import java.math.BigDecimal;
import java.util.List;
import se.egalleria.platform.application.NewMunicipality;
import se.egalleria.platform.application.NewVillage;

/** A new municipality as the operator posts it (money in öre). */
public record MunicipalityRequest(String slug, String name, String county, List<String> hosts, String defaultLocale,
                                  String primaryColor, String accentColor, Long deliveryFeeOre, String welcomeSv,
                                  String welcomeEn, String contactEmail, String contactPhone,
                                  String administratorEmail, List<VillageRequest> villages) {

    public record VillageRequest(String name, BigDecimal latitude, BigDecimal longitude, Integer households) {
    }

    NewMunicipality toNew() {
        return new NewMunicipality(slug, name, county, hosts, defaultLocale, primaryColor, accentColor, deliveryFeeOre,
                welcomeSv, welcomeEn, contactEmail, contactPhone, administratorEmail, villages == null ? null
                        : villages.stream().map(v -> v == null ? null
                                : new NewVillage(v.name(), v.latitude(), v.longitude(), v.households())).toList());
    }
}
