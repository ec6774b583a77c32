package se.egalleria.servicepoint.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.egalleria.account.application.Access;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.shop.application.ShopSummary;
import se.egalleria.tenancy.application.MunicipalityDirectory;

/** Service coverage for the municipality's administrators: every village's distance to the nearest shop and service point. */
@Stateless
public class ServiceCoverage {

    public static final int DEFAULT_LIMIT_KM = 30;
    public static final int MAX_LIMIT_KM = 1000;

    @Inject
    private Access access;

    @Inject
    private MunicipalityDirectory municipality;

    @Inject
    private ShopDirectory shops;

    /** {@code limitKm}: whole km from 1 to 1000; missing means 30 (Ljusdal's concern: shops over 30 km away). */
    public CoverageReport coverage(String limitKm) {
        access.requireAdministrator();
        int limit = limit(limitKm);
        // Only shops residents can use: a suspended or not yet approved shop covers no village.
        Map<Long, String> names = shops.openNamesById();
        Map<Long, Long> villages = shops.villageIdsById();
        Set<Long> points = shops.servicePoints().stream().map(ShopSummary::id).collect(Collectors.toSet());
        List<CoverageCalculator.ShopPlace> places = villages.entrySet().stream()
                .filter(e -> names.containsKey(e.getKey()))
                .map(e -> new CoverageCalculator.ShopPlace(e.getKey(), names.getOrDefault(e.getKey(), ""),
                        e.getValue(), points.contains(e.getKey())))
                .toList();
        return CoverageCalculator.coverage(municipality.current().villages(), places, limit);
    }

    static int limit(String limitKm) {
        if (limitKm == null || limitKm.isBlank()) {
            return DEFAULT_LIMIT_KM;
        }
        try {
            int value = Integer.parseInt(limitKm.strip());
            if (value >= 1 && value <= MAX_LIMIT_KM) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the message naming the field
        }
        throw new InvalidInputException("distanceKm", "error.coverage.distance", 1, MAX_LIMIT_KM);
    }
}
