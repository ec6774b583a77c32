package se.egalleria.subsidy.application;

import java.time.Instant;
import java.util.List;

/**
 * The monthly home-delivery report of one shop or carrier, as the county board's form has it:
 * header (municipality, who, organisation contact, period), a line per delivery with the rule
 * checks, totals, and km driven (carriers' runs). Approved reports are stored and never recomputed.
 * A shop's report also has its shopping trips ({@code trips}, own lines and totals; the home-delivery
 * fields above count home deliveries only) and {@code totalSubsidyOre}, both kinds together.
 */
public record MonthlyReport(String municipality, String kind, long subjectId, String subjectName, String contact,
                            String organisationNumber, String agreement, String month, List<ReportLine> lines, int households, int deliveries, long feesOre,
                            long subsidyOre, int flaggedLines, int kmDriven, String status, String approvedBy,
                            Instant approvedAt, TripSection trips, long totalSubsidyOre) {

    public MonthlyReport {
        lines = List.copyOf(lines);
        // Reports approved before trips were reported have none; the grand total is always derived.
        trips = trips == null ? TripSection.none() : trips;
        totalSubsidyOre = subsidyOre + trips.subsidyOre();
    }

    /** The same report with its shopping trips. */
    public MonthlyReport withTrips(TripSection section) {
        return new MonthlyReport(municipality, kind, subjectId, subjectName, contact, organisationNumber, agreement,
                month, lines, households, deliveries, feesOre, subsidyOre, flaggedLines, kmDriven, status, approvedBy,
                approvedAt, section, 0);
    }

    public MonthlyReport approved(String by, Instant at) {
        return new MonthlyReport(municipality, kind, subjectId, subjectName, contact, organisationNumber, agreement,
                month, lines, households,
                deliveries, feesOre, subsidyOre, flaggedLines, kmDriven, "APPROVED", by, at, trips, totalSubsidyOre);
    }
}
