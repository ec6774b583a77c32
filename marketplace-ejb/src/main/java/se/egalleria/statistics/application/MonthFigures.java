package se.egalleria.statistics.application;

import java.math.BigDecimal;

/** One month (2026-11) of the statistics. */
public record MonthFigures(String month, long homeDeliveries, long pickups, int households,
                           long subsidisedDeliveries, BigDecimal subsidisedPercent) {
}
