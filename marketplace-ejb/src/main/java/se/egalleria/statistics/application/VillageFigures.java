package se.egalleria.statistics.application;

import java.math.BigDecimal;

/** The home deliveries to one village in the period, by where the residents live. */
public record VillageFigures(long villageId, String village, long homeDeliveries, int households,
                             long subsidisedDeliveries, BigDecimal subsidisedPercent) {
}
