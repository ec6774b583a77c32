package se.egalleria.ordering.application;

import java.time.Instant;
import java.time.LocalDate;
import se.egalleria.ordering.domain.DeliveryMethod;
import se.egalleria.ordering.domain.OrderStatus;

/**
 * The columns an order list shows, read as they are: a list page reads a few columns of each
 * order instead of building (and tracking for changes) whole orders it does not change. Public
 * only because EclipseLink builds it by its public constructor; nothing outside this package uses it.
 */
public record OrderListRow(Long id, OrderStatus status, long shopId, String customerName, Instant placedAt,
                           DeliveryMethod deliveryMethod, LocalDate deliveryDate, long totalOre, long villageId,
                           Long carrierId, String organisationName) {

    /** Followed by {@code FROM CustomerOrder o WHERE ...}; the tenant condition is added as for any order query. */
    static final String SELECT = "SELECT NEW se.egalleria.ordering.application.OrderListRow(o.id, o.status,"
            + " o.shopId, o.customer.name, o.placedAt, o.deliveryMethod, o.deliveryDate, o.totalOre,"
            + " o.address.villageId, o.carrierId, o.organisationName)";
}
