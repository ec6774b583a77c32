package se.egalleria.delivery.application;

import java.time.LocalDate;
import java.util.List;

/** A recorded run: when, with what, how far, where to, and the deliveries it carried. */
public record RunSummary(long id, long carrierId, LocalDate date, String vehicle, int km, String note,
                         List<String> villages, List<String> orderNumbers, int households) {

    public RunSummary {
        villages = List.copyOf(villages);
        orderNumbers = List.copyOf(orderNumbers);
    }
}
