package se.egalleria.statistics.application;

import java.util.List;

/** One service's bookings in the period, and month by month (every month, zeros included). */
public record ServiceBookingFigures(long serviceId, String service, long shopId, String shop, long bookings,
                                    long seats, List<BookingMonth> months) {

    public ServiceBookingFigures {
        months = List.copyOf(months);
    }
}
