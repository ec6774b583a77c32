package se.egalleria.delivery.application;

import java.time.LocalDate;
import java.util.List;

/** A run as the carrier records it: the day (default today), the vehicle or mode, km driven, the deliveries by number. */
public record NewRun(LocalDate date, String vehicle, Integer km, String note, List<String> orders) {

    public NewRun {
        orders = orders == null ? List.of() : List.copyOf(orders);
    }
}
