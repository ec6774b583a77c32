package se.egalleria.statistics.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.egalleria.ordering.application.RouteDates;

/**
 * Which deliveries the subsidy register covers: a delivery counts as subsidised when its household
 * is approved and the approval still runs on the (Swedish) day it was delivered, as
 * {@code SubsidyApproval.covers} decides.
 */
final class SubsidyCover {

    /** Household → the first instant the approval no longer covers. */
    private final Map<String, Instant> ends = new HashMap<>();

    SubsidyCover(List<OrderCounts.Approval> approvals) {
        for (OrderCounts.Approval a : approvals) {
            ends.put(a.household(), a.validUntil() == null ? Instant.MAX
                    : a.validUntil().plusDays(1).atStartOfDay(RouteDates.SWEDEN).toInstant());
        }
    }

    /**
     * The range cut where an approval ends inside it, first and last included. Counted piece by
     * piece, each piece lies wholly before or wholly after every approval's end, so a grouped count
     * per address is either all covered or not at all. Approvals rarely end mid-month, so this is
     * usually just the range itself.
     */
    List<Instant> pieces(Instant from, Instant to) {
        TreeSet<Instant> cuts = new TreeSet<>();
        cuts.add(from);
        cuts.add(to);
        ends.values().stream().filter(end -> end.isAfter(from) && end.isBefore(to)).forEach(cuts::add);
        return new ArrayList<>(cuts);
    }

    /** Whether a delivery to the household in a piece ending at {@code pieceEnd} is covered. */
    boolean covers(String household, Instant pieceEnd) {
        Instant end = ends.get(household);
        return end != null && !pieceEnd.isAfter(end);
    }
}
