package se.egalleria.tenancy.application;

import java.math.BigDecimal;

/**
 * A new village or a change of one, as sent (decimal degrees; households optional). {@code version}
 * is needed for a change only: the one the caller read.
 */
public record VillageChange(String name, BigDecimal latitude, BigDecimal longitude, Integer households,
                            Long version) {
}
