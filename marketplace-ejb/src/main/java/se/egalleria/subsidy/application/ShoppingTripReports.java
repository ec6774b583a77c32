package se.egalleria.subsidy.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.egalleria.catalog.application.TripBooking;
import se.egalleria.catalog.application.TripBookings;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.VillageSummary;

/**
 * The shopping-trip section of a shop's monthly report: every household that travelled on one of
 * the shop's trips (the shopping bus, services it marked as organised trips) that took place in the
 * month (Swedish dates), checked against the municipality's trip rules. Carriers run no trips.
 */
@Stateless
public class ShoppingTripReports {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private TripBookings bookings;

    @Inject
    private MunicipalityDirectory municipality;

    /** The trips of the report's subject and month; the caller has checked who may read the report. */
    public TripSection section(MonthlyReports.Kind kind, long subjectId, YearMonth month) {
        if (kind != MonthlyReports.Kind.SHOP) {
            return TripSection.none();
        }
        // The weekly limit is per household across all shops' trips, and a week may begin in the
        // month before: every trip of the municipality from that Monday on is checked.
        LocalDate firstDay = month.atDay(1);
        Instant from = firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(SWEDEN)
                .toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(SWEDEN).toInstant();
        Map<Long, String> villages = municipality.current().villages().stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
        List<Trip> trips = perHousehold(bookings.takenPlace(from, to), villages);
        Set<Long> mine = trips.stream().filter(t -> t.shopId() == subjectId && !t.date().isBefore(firstDay))
                .map(Trip::slotId).collect(Collectors.toSet());
        List<TripLine> lines = TripCalculator.lines(trips, RegisterOnDay.of(tenantEm.current()),
                municipality.current().deliveryEligibleGroups(), municipality.currentTripRules()).stream()
                .filter(l -> mine.contains(l.slotId())).toList();
        return TripSection.of(lines);
    }

    /**
     * One trip per household and occasion: seats of its bookings there are summed. Bookings without
     * a known address stay one line each, since nothing says they are the same household.
     */
    static List<Trip> perHousehold(List<TripBooking> booked, Map<Long, String> villages) {
        Map<String, List<TripBooking>> groups = new LinkedHashMap<>();
        for (TripBooking b : booked) {
            String household = household(b, villages);
            String key = b.slotId() + "|" + (household == null ? "booking " + b.bookingId() : household);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
        }
        return groups.values().stream().map(group -> {
            TripBooking first = group.get(0);
            String household = household(first, villages);
            return new Trip(first.shopId(), first.slotId(), first.startsAt(),
                    LocalDate.ofInstant(first.startsAt(), SWEDEN), first.serviceName(), household,
                    household == null ? null : first.name(),
                    household == null ? null : first.street() + ", " + first.postalCode(),
                    first.villageId() == null ? null : villages.get(first.villageId()),
                    group.stream().mapToInt(TripBooking::seats).sum());
        }).toList();
    }

    private static String household(TripBooking b, Map<Long, String> villages) {
        if (b.street() == null || b.postalCode() == null || b.villageId() == null) {
            return null;
        }
        return Households.key(b.street(), b.postalCode(), villages.get(b.villageId()));
    }
}
