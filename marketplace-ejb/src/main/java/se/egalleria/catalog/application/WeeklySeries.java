package se.egalleria.catalog.application;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import se.egalleria.catalog.domain.ServiceSlot;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.Inputs;

/**
 * "Every Friday 10:00, 8 seats, for six weeks" as the moments it means. The time is Swedish wall
 * clock time, so a series across the change to or from summer time stays at 10:00 in Sweden
 * (its UTC instant moves by an hour).
 */
record WeeklySeries(DayOfWeek weekday, LocalTime time, int capacity, int weeks, LocalDate from) {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final int MAX_WEEKS = 52;

    /** Checks what the shop sent; {@code today} is the Swedish date, the first day when none is given. */
    static WeeklySeries check(WeeklySlotsInput input, LocalDate today) {
        WeeklySlotsInput in = input == null ? new WeeklySlotsInput(null, null, null, null, null) : input;
        DayOfWeek weekday = Inputs.oneOf(DayOfWeek.class, "weekday", in.weekday());
        LocalTime time;
        try {
            time = LocalTime.parse(Inputs.required("time", in.time(), 8));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("time", "error.slot.time");
        }
        if (in.capacity() == null || in.capacity() < 1 || in.capacity() > ServiceSlot.MAX_CAPACITY) {
            throw new InvalidInputException("capacity", "error.slot.capacity");
        }
        if (in.weeks() == null || in.weeks() < 1 || in.weeks() > MAX_WEEKS) {
            throw new InvalidInputException("weeks", "error.slot.weeks", MAX_WEEKS);
        }
        LocalDate from = Inputs.optionalDate("from", in.from());
        if (from != null && from.isBefore(today)) {
            throw new InvalidInputException("from", "error.slot.inPast");
        }
        return new WeeklySeries(weekday, time, in.capacity(), in.weeks(), from == null ? today : from);
    }

    /** The series' moments: the first weekday on or after {@code from} still to come, then one a week. */
    List<Instant> starts(Instant now) {
        LocalDate day = from.with(TemporalAdjusters.nextOrSame(weekday));
        if (!at(day).isAfter(now)) {
            day = day.plusWeeks(1);
        }
        List<Instant> starts = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            starts.add(at(day.plusWeeks(i)));
        }
        return starts;
    }

    private Instant at(LocalDate day) {
        return day.atTime(time).atZone(SWEDEN).toInstant();
    }
}
