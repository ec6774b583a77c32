package se.egalleria.subsidy.application;

import java.util.List;

/**
 * The shopping trips ("Inköpsresor") of a monthly report, apart from the home deliveries, with their
 * own totals: households, trips (lines), seats, subsidy claimed, and lines with a failed check.
 */
public record TripSection(List<TripLine> lines, int households, int trips, int seats, long subsidyOre,
                          int flaggedLines) {

    public TripSection {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** No trips (carrier reports, reports approved before trips were reported). */
    public static TripSection none() {
        return of(List.of());
    }

    static TripSection of(List<TripLine> lines) {
        return new TripSection(lines, (int) lines.stream().map(TripLine::household).filter(h -> h != null)
                .distinct().count(), lines.size(), lines.stream().mapToInt(TripLine::seats).sum(),
                lines.stream().mapToLong(TripLine::subsidyOre).sum(),
                (int) lines.stream().filter(l -> !l.flags().isEmpty()).count());
    }
}
