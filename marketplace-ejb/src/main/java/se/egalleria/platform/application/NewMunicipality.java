package se.egalleria.platform.application;

import java.util.List;

/**
 * What the operator gives to open a new gallery; everything else starts empty (carriers, shops) or
 * as tenant-config's defaults (no subsidy rules), and the administrator sets it later.
 */
public record NewMunicipality(String slug, String name, String county, List<String> hosts, String defaultLocale,
                              String primaryColor, String accentColor, Long deliveryFeeOre, String welcomeSv,
                              String welcomeEn, String contactEmail, String contactPhone, String administratorEmail,
                              List<NewVillage> villages) {
}
