package se.egalleria.tenancy.application;

import java.math.BigDecimal;

/** A village with its position. */
public record VillageSummary(long id, String name, BigDecimal latitude, BigDecimal longitude, Integer households) {
}
