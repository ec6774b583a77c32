package se.egalleria.delivery.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.domain.Role;
import se.egalleria.delivery.domain.DeliveryRun;
import se.egalleria.ordering.application.CarrierStop;
import se.egalleria.ordering.application.Handover;
import se.egalleria.ordering.application.OrderDetail;
import se.egalleria.ordering.application.Orders;
import se.egalleria.ordering.application.RouteDates;
import se.egalleria.ordering.domain.OrderNumber;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.ForbiddenException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * Carriers record their delivery runs (körningar): one trip, its kilometres, the deliveries it
 * carried (from any shop), so the monthly report can count runs, households and distance. A run
 * keeps the handovers it carried, not just the orders, so it still shows them after a failed
 * delivery has gone to another carrier, and that carrier can record its own attempt.
 */
@Stateless
public class DeliveryRuns {

    static final int MAX_KM = 5000;
    static final int RECENT_DAYS = 14;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private Orders orders;

    /**
     * Records a run with the deliveries it carried, by order number. Each counts as the carrier's
     * earliest handover of that order that is in no run yet: after a failed delivery the order can be
     * handed over again (to this or another carrier), and that new attempt goes in a run of its own.
     */
    public RunSummary record(long carrierId, NewRun run) {
        CallerIdentity who = actingFor(carrierId);
        String vehicle = Inputs.required("vehicle", run.vehicle(), 60);
        if (run.km() == null || run.km() < 0 || run.km() > MAX_KM) {
            throw new InvalidInputException("km", "error.run.km", MAX_KM);
        }
        LocalDate date = run.date() == null ? RouteDates.today() : run.date();
        if (date.isAfter(RouteDates.today())) {
            throw new InvalidInputException("date", "error.run.future");
        }
        if (run.orders().isEmpty()) {
            throw new InvalidInputException("orders", "error.run.noOrders");
        }
        List<Handover> handovers = orders.handoversTo(carrierId, new LinkedHashSet<>(run.orders()));
        Set<Long> recorded = inRuns(handovers);
        Map<String, Handover> carried = new LinkedHashMap<>();
        for (Handover handover : handovers) {
            if (!recorded.contains(handover.id())) {
                carried.putIfAbsent(handover.order().number(), handover);
            }
        }
        if (carried.size() != handovers.stream().map(h -> h.order().number()).distinct().count()) {
            throw new ConflictException("error.run.alreadyRecorded");
        }
        DeliveryRun entity = new DeliveryRun(carrierId, date, vehicle, run.km(),
                Inputs.optional("note", run.note(), 500), carried.values().stream()
                        .collect(Collectors.toMap(h -> OrderNumber.parse(h.order().number()).orElseThrow(),
                                Handover::id)), who.auditName(), Instant.now());
        tenantEm.current().persist(entity);
        try {
            tenantEm.current().flush();
        } catch (PersistenceException e) {
            // uq_delivery_run_handover_handover: someone recorded the same handover at the same moment.
            throw new ConflictException("error.run.alreadyRecorded");
        }
        return summary(entity, carried.values().stream()
                .collect(Collectors.toMap(Handover::id, Handover::order)));
    }

    /** Deliveries due in the last {@value #RECENT_DAYS} days that the carrier had with it and are in no run yet. */
    public List<CarrierStop> unrecorded(long carrierId) {
        actingFor(carrierId);
        List<Handover> handovers = orders.handoversSince(carrierId, RouteDates.today().minusDays(RECENT_DAYS));
        Set<Long> recorded = inRuns(handovers);
        Map<String, CarrierStop> open = new LinkedHashMap<>();
        for (Handover handover : handovers) {
            if (!recorded.contains(handover.id())) {
                open.putIfAbsent(handover.order().number(), CarrierStop.of(handover.order()));
            }
        }
        return List.copyOf(open.values());
    }

    /**
     * The carrier's runs of one month, by date, each with what it carried, even deliveries that
     * another carrier has taken over since.
     */
    public List<RunSummary> ofMonth(long carrierId, YearMonth month) {
        actingFor(carrierId);
        List<DeliveryRun> runs = tenantEm.current().createQuery("SELECT r FROM DeliveryRun r WHERE r.carrierId = :c"
                        + " AND r.date BETWEEN :from AND :to ORDER BY r.date, r.id", DeliveryRun.class)
                .setParameter("c", carrierId).setParameter("from", month.atDay(1))
                .setParameter("to", month.atEndOfMonth())
                .setHint(QueryHints.BATCH, "r.handoverIds")
                .getResultList();
        Map<Long, OrderDetail> details = orders.handovers(runs.stream().flatMap(r -> r.handoverIds().stream())
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Handover::id, Handover::order));
        List<RunSummary> summaries = new ArrayList<>();
        for (DeliveryRun run : runs) {
            summaries.add(summary(run, details));
        }
        return summaries;
    }

    private Set<Long> inRuns(List<Handover> handovers) {
        if (handovers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(tenantEm.current().createQuery("SELECT h FROM DeliveryRun r JOIN r.handoverIds h"
                        + " WHERE h IN :ids", Long.class)
                .setParameter("ids", handovers.stream().map(Handover::id).toList()).getResultList());
    }

    /** {@code details}: the orders by handover id. */
    private static RunSummary summary(DeliveryRun run, Map<Long, OrderDetail> details) {
        List<OrderDetail> carried = run.handoverIds().stream().map(details::get)
                .sorted(Comparator.comparingLong(o -> OrderNumber.parse(o.number()).orElseThrow())).toList();
        List<String> villages = carried.stream().map(OrderDetail::village).distinct().sorted().toList();
        int households = (int) carried.stream().map(o -> o.street() + "|" + o.postalCode() + "|" + o.village())
                .distinct().count();
        return new RunSummary(run.id(), run.carrierId(), run.date(), run.vehicle(), run.km(), run.note(), villages,
                carried.stream().map(OrderDetail::number).toList(), households);
    }

    /** The carrier's own accounts, or the municipality's administrator. */
    private CallerIdentity actingFor(long carrierId) {
        CallerIdentity who = access.requireAccount();
        if (!who.carrierIds().contains(carrierId) && !who.has(Role.MUNICIPALITY_ADMIN)) {
            throw new ForbiddenException("error.auth.notYourDelivery");
        }
        return who;
    }
}
