package se.egalleria.statistics.application;

import java.util.List;

/**
 * Home delivery against pickup in the shop and at a service point: the orders of a period by the
 * way the resident chose, counted like {@link SalesFigures} (month placed, rejected orders left out).
 */
public record MethodFigures(String from, String to, long homeDelivery, long shopPickup, long servicePointPickup,
                            List<MethodMonth> months) {

    public MethodFigures {
        months = List.copyOf(months);
    }
}
