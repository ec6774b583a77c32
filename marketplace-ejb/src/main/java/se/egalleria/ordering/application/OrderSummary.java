package se.egalleria.ordering.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An order in a list (a resident's orders, a shop's orders): no lines, no address;
 * {@code organisation}: the municipal unit it was ordered for, or null.
 */
public record OrderSummary(String number, String status, long shopId, String shopName, String customerName,
                           Instant placedAt, String delivery, LocalDate deliveryDate, long totalOre, String village,
                           String carrierName, String organisation) {

    /** New orders stand out in the shop's inbox. */
    public boolean isNew() {
        return "NEW".equals(status);
    }
}
