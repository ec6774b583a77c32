package se.egalleria.ordering.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Orders a carrier's deliveries the way a driver meets them: by day, then by village, nearest first.
 * The model has no routes (a shop has route days, not routes), so "along the way" is the distance
 * from the shop's village to the delivery's village, on the villages' coordinates; when several
 * shops deliver to one village on a day, the nearest of them counts. Ties go by the village's name;
 * within a village the deliveries keep the order they came in.
 */
final class AlongTheWay {

    private AlongTheWay() {
    }

    /** {@code metresFromShop}: how far the delivery's village is from its shop's village. */
    static List<OrderDetail> order(List<OrderDetail> deliveries, ToLongFunction<OrderDetail> metresFromShop) {
        Map<Stop, Long> nearest = new HashMap<>();
        for (OrderDetail d : deliveries) {
            nearest.merge(new Stop(d.deliveryDate(), d.village()), metresFromShop.applyAsLong(d), Math::min);
        }
        List<OrderDetail> ordered = new ArrayList<>(deliveries);
        ordered.sort(Comparator.comparing(OrderDetail::deliveryDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(d -> nearest.get(new Stop(d.deliveryDate(), d.village())))
                .thenComparing(OrderDetail::village, Comparator.nullsLast(Comparator.naturalOrder())));
        return ordered;
    }

    private record Stop(LocalDate date, String village) {
    }
}
