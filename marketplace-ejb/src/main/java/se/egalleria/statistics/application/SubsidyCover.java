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
 * has an approval period that runs on the (Swedish) day it was delivered, as
 * {@code SubsidyApproval.covers} decides. A household may have several periods.
 */
final class SubsidyCover {

    private record Span(Instant start, Instant end) {
    }

    /** Household → its approval periods, each from its first instant to the first instant after it. */
    private final Map<String, List<Span>> spans = new HashMap<>();

    SubsidyCover(List<OrderCounts.Approval> approvals) {
        for (OrderCounts.Approval a : approvals) {
            Instant start = a.validFrom() == null ? Instant.MIN : a.validFrom().atStartOfDay(RouteDates.SWEDEN).toInstant();
            Instant end = a.validUntil() == null ? Instant.MAX
                    : a.validUntil().plusDays(1).atStartOfDay(RouteDates.SWEDEN).toInstant();
            spans.computeIfAbsent(a.household(), h -> new ArrayList<>()).add(new Span(start, end));
        }
    }

    /**
     * The range cut where an approval begins or ends inside it, first and last included. Counted
     * piece by piece, each piece lies wholly inside or wholly outside every approval, so a grouped
     * count per address is either all covered or not at all. Approvals rarely begin or end
     * mid-month, so this is usually just the range itself.
     */
    List<Instant> pieces(Instant from, Instant to) {
        TreeSet<Instant> cuts = new TreeSet<>();
        cuts.add(from);
        cuts.add(to);
        spans.values().stream().flatMap(List::stream).flatMap(span -> java.util.stream.Stream.of(span.start(), span.end()))
                .filter(cut -> cut.isAfter(from) && cut.isBefore(to)).forEach(cuts::add);
        return new ArrayList<>(cuts);
    }

    /** Whether a delivery to the household in a piece ending at {@code pieceEnd} is covered. */
    boolean covers(String household, Instant pieceEnd) {
        // Every period's start is a cut, so a period that starts before the piece's end covers all of it.
        return spans.getOrDefault(household, List.of()).stream()
                .anyMatch(span -> span.start().isBefore(pieceEnd) && !pieceEnd.isAfter(span.end()));
    }
}
