package se.egalleria.tenancy.application;

import java.math.BigDecimal;

/** A village as the administrator edits it; {@code version} goes back with a change. */
public record VillageDetails(long id, String name, BigDecimal latitude, BigDecimal longitude, Integer households,
                             long version) {
}
