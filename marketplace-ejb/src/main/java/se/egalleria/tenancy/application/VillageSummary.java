package se.egalleria.tenancy.application;

import java.math.BigDecimal;

/** A village with its position. */
public record VillageSummary(long id, String name, BigDecimal latitude, BigDecimal longitude, Integer households) {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    /** Great-circle distance in metres (haversine; good to a few metres at these distances). */
    public long metresTo(VillageSummary other) {
        double lat1 = Math.toRadians(latitude.doubleValue());
        double lat2 = Math.toRadians(other.latitude.doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude.doubleValue() - longitude.doubleValue());
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return Math.round(EARTH_RADIUS_METRES * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)));
    }
}
