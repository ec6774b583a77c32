package se.egalleria.ordering.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The coming days a shop's delivery route runs. An order placed today goes with tomorrow's route at the earliest. */
public final class RouteDates {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** How many route days ahead a resident can choose from. */
    static final int CHOICES = 4;

    private RouteDates() {
    }

    public static LocalDate today() {
        return LocalDate.now(SWEDEN);
    }

    public static List<LocalDate> next(Set<DayOfWeek> routeDays, LocalDate today, int count) {
        List<LocalDate> dates = new ArrayList<>(count);
        if (routeDays.isEmpty()) {
            return dates;
        }
        LocalDate day = today.plusDays(1);
        while (dates.size() < count) {
            if (routeDays.contains(day.getDayOfWeek())) {
                dates.add(day);
            }
            day = day.plusDays(1);
        }
        return dates;
    }
}
