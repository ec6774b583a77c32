package se.egalleria.ordering.application;

import java.time.LocalDate;
import java.util.List;

/**
 * An earlier order prepared again, before anything is placed: the lines with what changed, and
 * how it would come (the same delivery choice, address and payment as before; home delivery on the
 * shop's next route day). {@code onBehalfOf}: the resident's account when the caller orders for
 * them. {@code itemsTotalOre}: today's prices of what can be added; the delivery fee comes on top.
 */
public record RepeatPreview(String orderNumber, long shopId, String shopName, String customerName, String street,
                            String postalCode, String village, String delivery, LocalDate deliveryDate,
                            String pickupAt, String payment, Long onBehalfOf, List<RepeatLine> lines,
                            long previousItemsTotalOre, long itemsTotalOre) {

    public RepeatPreview {
        lines = List.copyOf(lines);
    }

    /** Whether anything can be ordered again at all. */
    public boolean placeable() {
        return lines.stream().anyMatch(l -> l.quantity() > 0);
    }

    /** Whether a line differs from the earlier order (price, quantity, or no longer there). */
    public boolean anyChange() {
        return lines.stream().anyMatch(RepeatLine::changed);
    }
}
