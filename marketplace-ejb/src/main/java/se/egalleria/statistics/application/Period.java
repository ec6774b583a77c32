package se.egalleria.statistics.application;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.egalleria.ordering.application.RouteDates;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;

/** Whole months, first to last, in Swedish time; at most {@link #MAX_MONTHS} of them. */
record Period(YearMonth from, YearMonth to) {

    /** Two years: enough to compare a month with the same month last year, small enough to count quickly. */
    static final int MAX_MONTHS = 24;

    static Period of(String from, String to) {
        YearMonth first = Inputs.month("from", from);
        YearMonth last = Inputs.month("to", to);
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "error.statistics.toBeforeFrom");
        }
        if (first.plusMonths(MAX_MONTHS).compareTo(last) <= 0) {
            throw new InvalidInputException("to", "error.statistics.tooLong", MAX_MONTHS);
        }
        return new Period(first, last);
    }

    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    Instant start() {
        return start(from);
    }

    Instant end() {
        return start(to.plusMonths(1));
    }

    static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(RouteDates.SWEDEN).toInstant();
    }
}
