package se.egalleria.delivery.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.domain.Role;
import se.egalleria.delivery.domain.DeliveryRun;
import se.egalleria.ordering.application.CarrierStop;
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
 * carried (from any shop), so the monthly report can count runs, households and distance.
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
        List<OrderDetail> carried = orders.carriedBy(carrierId, new LinkedHashSet<>(run.orders()));
        Set<Long> ids = carried.stream().map(o -> OrderNumber.parse(o.number()).orElseThrow())
                .collect(Collectors.toSet());
        DeliveryRun entity = new DeliveryRun(carrierId, date, vehicle, run.km(),
                Inputs.optional("note", run.note(), 500), ids, who.auditName(), Instant.now());
        tenantEm.current().persist(entity);
        try {
            tenantEm.current().flush();
        } catch (PersistenceException e) {
            // uq_delivery_run_order_order: a delivery belongs to one run only.
            throw new ConflictException("error.run.alreadyRecorded");
        }
        return summary(entity, carried.stream().collect(Collectors.toMap(OrderDetail::number, Function.identity())));
    }

    /** Deliveries of the last {@value #RECENT_DAYS} days the carrier had with it that are in no run yet. */
    public List<CarrierStop> unrecorded(long carrierId) {
        actingFor(carrierId);
        List<CarrierStop> carried = orders.carriedSince(carrierId, RouteDates.today().minusDays(RECENT_DAYS));
        if (carried.isEmpty()) {
            return carried;
        }
        Set<Long> inRuns = new HashSet<>(tenantEm.current().createQuery("SELECT o FROM DeliveryRun r JOIN r.orderIds o"
                        + " WHERE r.carrierId = :c AND r.date >= :from", Long.class)
                .setParameter("c", carrierId).setParameter("from", RouteDates.today().minusDays(2L * RECENT_DAYS))
                .getResultList());
        return carried.stream().filter(s -> !inRuns.contains(OrderNumber.parse(s.number()).orElseThrow())).toList();
    }

    /** The carrier's runs of one month, by date. */
    public List<RunSummary> ofMonth(long carrierId, YearMonth month) {
        actingFor(carrierId);
        List<DeliveryRun> runs = tenantEm.current().createQuery("SELECT r FROM DeliveryRun r WHERE r.carrierId = :c"
                        + " AND r.date BETWEEN :from AND :to ORDER BY r.date, r.id", DeliveryRun.class)
                .setParameter("c", carrierId).setParameter("from", month.atDay(1))
                .setParameter("to", month.atEndOfMonth())
                .setHint(QueryHints.BATCH, "r.orderIds")
                .getResultList();
        Set<String> numbers = runs.stream().flatMap(r -> r.orderIds().stream()).map(OrderNumber::of)
                .collect(Collectors.toSet());
        Map<String, OrderDetail> details = orders.carriedBy(carrierId, numbers).stream()
                .collect(Collectors.toMap(OrderDetail::number, Function.identity()));
        List<RunSummary> summaries = new ArrayList<>();
        for (DeliveryRun run : runs) {
            summaries.add(summary(run, details));
        }
        return summaries;
    }

    private static RunSummary summary(DeliveryRun run, Map<String, OrderDetail> details) {
        List<OrderDetail> carried = run.orderIds().stream().sorted().map(OrderNumber::of).map(details::get).toList();
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
