package se.egalleria.statistics.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * The home deliveries to one village in the period, by where the residents live, and the same
 * month by month ({@code months}: every month of the period, zeros included).
 */
public record VillageFigures(long villageId, String village, long homeDeliveries, int households,
                             long subsidisedDeliveries, BigDecimal subsidisedPercent, List<VillageMonth> months) {

    public VillageFigures {
        months = List.copyOf(months);
    }
}
