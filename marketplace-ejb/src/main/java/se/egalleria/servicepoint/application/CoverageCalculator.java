package se.egalleria.servicepoint.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.egalleria.tenancy.application.VillageSummary;

/**
 * Distances from every village to the nearest shop and the nearest service point. A shop stands at
 * its village's coordinates (shops have no position of their own), measured with the one
 * great-circle formula, {@link VillageSummary#metresTo}. Pure: villages × shops comparisons in
 * memory, which is small for a municipality (tens of villages, tens of shops).
 */
public final class CoverageCalculator {

    /** A shop as coverage sees it: where it is and whether it is a service point. */
    public record ShopPlace(long shopId, String name, long villageId, boolean servicePoint) {
    }

    private record Nearest(ShopPlace shop, long metres) {
    }

    private CoverageCalculator() {
    }

    public static CoverageReport coverage(List<VillageSummary> villages, List<ShopPlace> shops, int limitKm) {
        Map<Long, VillageSummary> byId = villages.stream()
                .collect(Collectors.toMap(VillageSummary::id, Function.identity()));
        long limitMetres = limitKm * 1000L;
        List<VillageCoverage> rows = new ArrayList<>();
        for (VillageSummary village : villages) {
            Nearest shop = nearest(village, shops, byId, false);
            Nearest point = nearest(village, shops, byId, true);
            Set<Long> here = shops.stream().filter(s -> s.villageId() == village.id()).map(ShopPlace::shopId)
                    .collect(Collectors.toSet());
            rows.add(new VillageCoverage(village.id(), village.name(), village.latitude(), village.longitude(),
                    village.households(), shop == null ? null : shop.shop().shopId(),
                    shop == null ? null : shop.shop().name(), shop == null ? null : shop.metres(), km(shop),
                    shop == null || shop.metres() > limitMetres, point == null ? null : point.shop().shopId(),
                    point == null ? null : point.shop().name(), point == null ? null : point.metres(), km(point),
                    point == null || point.metres() > limitMetres, !here.isEmpty(),
                    shops.stream().anyMatch(s -> s.servicePoint() && s.villageId() == village.id())));
        }
        return new CoverageReport(limitKm, rows, rows.stream().filter(VillageCoverage::shopBeyondLimit).count(),
                rows.stream().filter(VillageCoverage::servicePointBeyondLimit).count());
    }

    private static Nearest nearest(VillageSummary village, List<ShopPlace> shops, Map<Long, VillageSummary> byId,
                                   boolean servicePointsOnly) {
        return shops.stream()
                .filter(s -> !servicePointsOnly || s.servicePoint())
                .filter(s -> byId.containsKey(s.villageId()))
                .map(s -> new Nearest(s, village.metresTo(byId.get(s.villageId()))))
                .min(Comparator.comparingLong(Nearest::metres).thenComparing(n -> n.shop().name()))
                .orElse(null);
    }

    private static BigDecimal km(Nearest nearest) {
        return nearest == null ? null
                : BigDecimal.valueOf(nearest.metres()).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP);
    }
}
