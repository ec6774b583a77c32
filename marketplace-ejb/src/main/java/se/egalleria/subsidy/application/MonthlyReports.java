package se.egalleria.subsidy.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.PersistenceException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.domain.Role;
import se.egalleria.delivery.application.DeliveryRuns;
import se.egalleria.delivery.application.RunSummary;
import se.egalleria.ordering.application.OrderDetail;
import se.egalleria.ordering.application.Orders;
import se.egalleria.ordering.application.RouteDates;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.ForbiddenException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ContractDetails;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.shop.application.ShopSummary;
import se.egalleria.subsidy.domain.ApprovedReport;
import se.egalleria.subsidy.domain.SubsidyApproval;
import se.egalleria.tenancy.application.CarrierDirectory;
import se.egalleria.tenancy.application.CarrierSummary;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.MunicipalityProfile;
import se.egalleria.tenancy.application.SubsidySettings;
import se.egalleria.tenancy.application.VillageSummary;

/**
 * The monthly home-delivery report per shop or carrier: computed from the month's delivered home
 * deliveries until the municipality approves it; from then on the stored report is the report.
 */
@Stateless
public class MonthlyReports {

    public enum Kind { SHOP, CARRIER }

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private Orders orders;

    @Inject
    private DeliveryRuns runs;

    @Inject
    private ShopDirectory shops;

    @Inject
    private CarrierDirectory carriers;

    @Inject
    private MunicipalityDirectory municipality;

    @Inject
    private ShoppingTripReports shoppingTrips;

    public MonthlyReport report(String kind, long subjectId, YearMonth month) {
        Kind k = Inputs.oneOf(Kind.class, "kind", kind);
        requireReader(k, subjectId);
        Optional<ApprovedReport> approved = stored(k, subjectId, month);
        if (approved.isPresent()) {
            return read(approved.get().content());
        }
        return compute(k, subjectId, month);
    }

    /** The municipality approves a finished month's report; it is stored and locked. */
    public MonthlyReport approve(String kind, long subjectId, YearMonth month) {
        CallerIdentity who = access.requireAdministrator();
        Kind k = Inputs.oneOf(Kind.class, "kind", kind);
        if (!month.isBefore(YearMonth.from(RouteDates.today()))) {
            throw new ConflictException("error.subsidy.monthNotOver", month.toString());
        }
        if (stored(k, subjectId, month).isPresent()) {
            throw new ConflictException("error.subsidy.alreadyLocked", month.toString());
        }
        MonthlyReport report = compute(k, subjectId, month).approved(who.auditName(), Instant.now());
        tenantEm.current().persist(new ApprovedReport(k.name(), subjectId, month.toString(), write(report),
                report.deliveries(), report.households(), report.subsidyOre(), report.feesOre(), who.auditName(),
                report.approvedAt()));
        try {
            tenantEm.current().flush();
        } catch (PersistenceException e) {
            throw new ConflictException("error.subsidy.alreadyLocked", month.toString());
        }
        return report;
    }

    /** The year's approved reports summed up for the claim to the state (the administrator). */
    public YearSummary year(int year) {
        access.requireAdministrator();
        List<MonthlyReport> approved = tenantEm.current().createNamedQuery(ApprovedReport.OF_YEAR,
                ApprovedReport.class).setParameter("first", year + "-01").setParameter("last", year + "-12")
                .getResultStream().map(r -> read(r.content())).toList();
        return YearSums.of(year, approved, municipality.currentSubsidyRules());
    }

    private MonthlyReport compute(Kind kind, long subjectId, YearMonth month) {
        // The weekly limit is per household across all shops and carriers, and a week may begin in
        // the month before: every delivery of the municipality from that Monday on is checked.
        LocalDate firstDay = month.atDay(1);
        Instant from = firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(SWEDEN)
                .toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(SWEDEN).toInstant();
        List<OrderDetail> delivered = orders.deliveredHomeForSubsidy(from, to);
        MunicipalityProfile profile = municipality.current();
        SubsidySettings rules = municipality.currentSubsidyRules();
        List<CarrierSummary> carrierList = carriers.list();
        String subject;
        String contact;
        ContractDetails contract;
        int km = 0;
        if (kind == Kind.SHOP) {
            ShopSummary shop = shops.get(subjectId);
            subject = shop.name();
            contact = shop.phone() + ", " + shop.email();
            contract = shops.contract(subjectId);
        } else {
            CarrierSummary carrier = carrierList.stream().filter(c -> c.id() == subjectId).findFirst()
                    .orElseThrow(() -> new NotFoundException("error.carrier.notFound"));
            subject = carrier.name();
            contact = carrier.mode();
            contract = new ContractDetails(carrier.organisationNumber(), carrier.subsidyAgreement());
            km = runs.ofMonth(subjectId, month).stream().mapToInt(RunSummary::km).sum();
        }
        Map<String, VillageSummary> villages = new HashMap<>();
        profile.villages().forEach(v -> villages.put(v.name(), v));
        List<VillageSummary> shopVillages = shops.list(new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .map(s -> villages.get(s.village())).filter(Objects::nonNull).toList();
        Map<String, String> carrierModes = new HashMap<>();
        carrierList.forEach(c -> carrierModes.put(c.name(), c.mode()));
        List<Delivered> all = delivered.stream().map(o -> new Delivered(o.shopId(), o.carrierId(), o.number(),
                LocalDate.ofInstant(o.deliveredAt(), SWEDEN), Households.key(o.street(), o.postalCode(), o.village()),
                o.customerName(), o.street() + ", " + o.postalCode(), o.village(), o.carrierName(),
                o.carrierName() == null ? null : carrierModes.get(o.carrierName()), o.itemsTotalOre(),
                o.deliveryFeeOre(), o.recipientConfirmed(), nearestShop(villages.get(o.village()), shopVillages)))
                .toList();
        List<Delivered> mine = all.stream().filter(d -> !d.date().isBefore(firstDay))
                .filter(d -> kind == Kind.SHOP ? d.shopId() == subjectId : Objects.equals(d.carrierId(), subjectId))
                .toList();
        Set<String> myNumbers = mine.stream().map(Delivered::orderNumber).collect(Collectors.toSet());
        List<ReportLine> reportLines = ReportCalculator.lines(all, register(), profile.deliveryEligibleGroups(), rules)
                .stream().filter(l -> myNumbers.contains(l.orderNumber())).toList();
        return new MonthlyReport(profile.name(), kind.name(), subjectId, subject, contact,
                contract.organisationNumber(), contract.agreement(), month.toString(),
                reportLines, (int) mine.stream().map(Delivered::household).distinct().count(), reportLines.size(),
                reportLines.stream().mapToLong(ReportLine::feeOre).sum(),
                reportLines.stream().mapToLong(ReportLine::subsidyOre).sum(),
                (int) reportLines.stream().filter(l -> !l.flags().isEmpty()).count(), km, "DRAFT", null, null, null, 0)
                .withTrips(shoppingTrips.section(kind, subjectId, month));
    }

    /** The administrator, the shop's staff (shop reports) or the carrier's accounts (carrier reports). */
    private void requireReader(Kind kind, long subjectId) {
        CallerIdentity me = access.requireAccount();
        boolean allowed = me.has(Role.MUNICIPALITY_ADMIN) || kind == Kind.SHOP && access.mayManageShop(subjectId)
                || kind == Kind.CARRIER && me.carrierIds().contains(subjectId);
        if (!allowed) {
            throw new ForbiddenException("error.auth.notYourDelivery");
        }
    }

    private static Integer nearestShop(VillageSummary home, List<VillageSummary> shopVillages) {
        if (home == null || shopVillages.isEmpty()) {
            return null;
        }
        return (int) shopVillages.stream().mapToLong(home::metresTo).min().orElseThrow();
    }

    /** The register as the calculator asks it: on which basis a household was approved on a day. */
    private BiFunction<String, LocalDate, String> register() {
        Map<String, List<SubsidyApproval>> periods = tenantEm.current()
                .createNamedQuery(SubsidyApproval.ALL, SubsidyApproval.class).getResultStream()
                .collect(Collectors.groupingBy(SubsidyApproval::household));
        return (household, day) -> periods.getOrDefault(household, List.of()).stream().filter(a -> a.covers(day))
                .map(SubsidyApproval::basis).findFirst().orElse(null);
    }

    private Optional<ApprovedReport> stored(Kind kind, long subjectId, YearMonth month) {
        return tenantEm.current().createNamedQuery(ApprovedReport.ONE, ApprovedReport.class)
                .setParameter("kind", kind.name()).setParameter("subject", subjectId)
                .setParameter("month", month.toString()).getResultStream().findFirst();
    }

    private static String write(MonthlyReport report) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(report);
        } catch (Exception e) {
            throw new IllegalStateException("A report is plain data and always serialises", e);
        }
    }

    private static MonthlyReport read(String json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, MonthlyReport.class);
        } catch (Exception e) {
            throw new IllegalStateException("A stored report could not be read", e);
        }
    }
}
