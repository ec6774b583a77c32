package se.egalleria.statistics.application;

import java.util.List;

/**
 * Bookings of the catalogue's services (the shopping bus, laundry times) in a period: a booking
 * counts in the month it was made (Swedish time); a cancelled booking is gone and does not count.
 * Services are listed by name when they had a booking in the period.
 */
public record BookingFigures(String from, String to, long bookings, long seats, List<BookingMonth> months,
                             List<ServiceBookingFigures> services) {

    public BookingFigures {
        months = List.copyOf(months);
        services = List.copyOf(services);
    }
}
