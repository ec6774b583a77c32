package se.egalleria.subsidy.application;

import java.time.LocalDate;
import java.util.List;

/**
 * One shopping-trip line of a shop's monthly report: a household on one occasion of a trip (its
 * bookings there summed), the basis it was approved on (null: not in the register), the checks that
 * failed, and the subsidy claimed (0 when a check failed). {@code household} null: no address known.
 */
public record TripLine(long slotId, LocalDate date, String trip, String household, String householdName,
                       String address, String village, String basis, int seats, long subsidyOre,
                       List<String> flags) {

    public TripLine {
        flags = List.copyOf(flags);
    }
}
