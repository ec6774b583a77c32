package se.egalleria.shop.application;

import se.egalleria.shop.domain.ShopStatus;

/**
 * A shop was approved, suspended or reactivated. Fired inside the changing transaction, so areas
 * that keep figures of open shops (the category tree's product counts) forget them.
 */
public record ShopStatusChanged(long shopId, ShopStatus status) {
}
