package se.egalleria.subsidy.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A household on one occasion of a shopping trip, as the calculator needs it ({@code household}
 * is the register's key, null when no address is known).
 */
record Trip(long shopId, long slotId, Instant startsAt, LocalDate date, String trip, String household,
            String householdName, String address, String village, int seats) {
}
