package se.egalleria.platform.application;

import java.math.BigDecimal;

/** One of a new municipality's first villages (more come later from its administrator or tenant-config). */
public record NewVillage(String name, BigDecimal latitude, BigDecimal longitude, Integer households) {
}
