package se.egalleria.servicepoint.application;

import java.util.List;

/** Service coverage of every village of the municipality, for a limit in km, with the counts beyond it. */
public record CoverageReport(int limitKm, List<VillageCoverage> villages, long villagesBeyondShopLimit,
                             long villagesBeyondServicePointLimit) {

    public CoverageReport {
        villages = List.copyOf(villages);
    }
}
