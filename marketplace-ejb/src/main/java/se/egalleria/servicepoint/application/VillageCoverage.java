package se.egalleria.servicepoint.application;

import java.math.BigDecimal;

/**
 * One village's coverage: the nearest shop and service point (null when the municipality has none)
 * with the great-circle distance in metres and in km (one decimal), and whether each lies beyond the
 * chosen limit (no service point at all counts as beyond).
 */
public record VillageCoverage(long villageId, String village, BigDecimal latitude, BigDecimal longitude,
                              Integer households, Long nearestShopId, String nearestShop, Long shopMetres,
                              BigDecimal shopKm, boolean shopBeyondLimit, Long nearestServicePointId,
                              String nearestServicePoint, Long servicePointMetres, BigDecimal servicePointKm,
                              boolean servicePointBeyondLimit, boolean hasShop, boolean hasServicePoint) {

    /** Whether the page highlights the village: a shop or service point beyond the limit. */
    public boolean beyondLimit() {
        return shopBeyondLimit || servicePointBeyondLimit;
    }
}
