package se.egalleria.servicepoint.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.ordering.application.RouteDates;
import se.egalleria.servicepoint.domain.DesignationRule;
import se.egalleria.servicepoint.domain.ServicePointAssessment;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ServicePointFlag;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.shop.application.ShopSummary;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.VillageSummary;

/**
 * The administrator's assessment of each shop as a service point (criteria met, contract,
 * compensation) and the designation itself: only a shop meeting the threshold with a contract that
 * covers today is designated; withdrawing clears the flag whatever the assessment says.
 */
@Stateless
public class ServicePointAssessments {

    /** A yearly compensation above 100 million kronor is a typing mistake, not a contract. */
    private static final long MAX_COMPENSATION_ORE = 10_000_000_000L;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private ServicePointCriteria criteria;

    @Inject
    private ShopDirectory shops;

    @Inject
    private ServicePointFlag flag;

    @Inject
    private MunicipalityDirectory municipality;

    @Inject
    private AuditLog audit;

    /** Every shop of the municipality, by name, with what is recorded about it. */
    public List<AssessmentView> list() {
        access.requireAdministrator();
        DesignationRule rule = criteria.rule();
        Map<Long, String> criterionNames = criterionNames();
        Map<Long, ServicePointAssessment> assessments = tenantEm.current()
                .createNamedQuery(ServicePointAssessment.ALL, ServicePointAssessment.class).getResultStream()
                .collect(Collectors.toMap(ServicePointAssessment::shopId, Function.identity()));
        Set<Long> servicePoints = servicePointIds();
        Map<Long, String> villages = villageNames();
        Map<Long, Long> villageOfShop = shops.villageIdsById();
        return shops.namesById().entrySet().stream()
                .sorted(Map.Entry.<Long, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(shop -> view(shop.getKey(), shop.getValue(), villages.get(villageOfShop.get(shop.getKey())),
                        Optional.ofNullable(assessments.get(shop.getKey())), rule, criterionNames,
                        servicePoints.contains(shop.getKey())))
                .toList();
    }

    public AssessmentView get(long shopId) {
        access.requireAdministrator();
        ShopSummary shop = shops.get(shopId);
        return view(shop, assessment(shopId));
    }

    public AssessmentView record(long shopId, AssessmentChange change) {
        CallerIdentity who = access.requireAdministrator();
        ShopSummary shop = shops.get(shopId);
        AssessmentChange c = change == null ? new AssessmentChange(null, null, null, null) : change;
        criteria.rule(); // a municipality's first assessment may come before its criteria were ever shown
        Set<Long> known = criterionNames().keySet();
        Set<Long> met = new HashSet<>(c.criterionIds() == null ? List.of() : c.criterionIds());
        if (met.contains(null) || !known.containsAll(met)) {
            throw new InvalidInputException("criterionIds", "error.servicePoint.unknownCriterion",
                    met.stream().filter(id -> !known.contains(id)).findFirst().orElse(null));
        }
        if ((c.contractFrom() == null) != (c.contractTo() == null)) {
            throw new InvalidInputException(c.contractFrom() == null ? "contractFrom" : "contractTo",
                    "error.servicePoint.contractBothDates");
        }
        if (c.contractFrom() != null && c.contractTo().isBefore(c.contractFrom())) {
            throw new InvalidInputException("contractTo", "error.servicePoint.contractEndsBeforeStart");
        }
        long compensation = c.yearlyCompensationOre() == null ? 0 : c.yearlyCompensationOre();
        if (compensation < 0 || compensation > MAX_COMPENSATION_ORE) {
            throw new InvalidInputException("yearlyCompensationOre", "error.servicePoint.compensation");
        }
        ServicePointAssessment assessment = assessment(shopId).orElseGet(() -> {
            ServicePointAssessment created = new ServicePointAssessment(shopId);
            tenantEm.current().persist(created);
            return created;
        });
        assessment.record(met, c.contractFrom(), c.contractTo(), compensation);
        tenantEm.current().flush();
        audit.record(who.auditName(), "servicePoint.assessed", "shop:" + shopId, shop.name());
        return view(shop, Optional.of(assessment));
    }

    /** Makes the shop a service point; 409 when it does not meet the threshold or has no current contract. */
    public AssessmentView designate(long shopId) {
        CallerIdentity who = access.requireAdministrator();
        ShopSummary shop = shops.get(shopId);
        Optional<ServicePointAssessment> assessment = assessment(shopId);
        Optional<DesignationRule.Refusal> refusal = criteria.rule().refusal(
                assessment.map(ServicePointAssessment::criteriaMet).orElse(Set.of()),
                assessment.map(ServicePointAssessment::contractFrom).orElse(null),
                assessment.map(ServicePointAssessment::contractTo).orElse(null), RouteDates.today());
        if (refusal.isPresent()) {
            throw new ConflictException(refusal.get().messageKey(), refusal.get().arguments());
        }
        flag.mark(shopId, true);
        audit.record(who.auditName(), "servicePoint.designated", "shop:" + shopId, shop.name());
        return view(shop, assessment);
    }

    public AssessmentView withdraw(long shopId) {
        CallerIdentity who = access.requireAdministrator();
        ShopSummary shop = shops.get(shopId);
        flag.mark(shopId, false);
        audit.record(who.auditName(), "servicePoint.withdrawn", "shop:" + shopId, shop.name());
        return view(shop, assessment(shopId));
    }

    private AssessmentView view(ShopSummary shop, Optional<ServicePointAssessment> assessment) {
        return view(shop.id(), shop.name(), shop.village(), assessment, criteria.rule(), criterionNames(),
                servicePointIds().contains(shop.id()));
    }

    private static AssessmentView view(long shopId, String name, String village,
                                       Optional<ServicePointAssessment> assessment, DesignationRule rule,
                                       Map<Long, String> criterionNames, boolean servicePoint) {
        Set<Long> met = assessment.map(ServicePointAssessment::criteriaMet).orElse(Set.of());
        // In the municipality's order (criterionNames is ordered), so lists read the same everywhere.
        List<Long> ids = criterionNames.keySet().stream().filter(met::contains).toList();
        LocalDate from = assessment.map(ServicePointAssessment::contractFrom).orElse(null);
        LocalDate to = assessment.map(ServicePointAssessment::contractTo).orElse(null);
        return new AssessmentView(shopId, name, village, ids, ids.stream().map(criterionNames::get).toList(),
                rule.metCount(met), rule.required(), rule.meetsThreshold(met), from, to,
                assessment.map(ServicePointAssessment::compensationOre).orElse(0L), servicePoint,
                rule.refusal(met, from, to, RouteDates.today()).isEmpty());
    }

    private Optional<ServicePointAssessment> assessment(long shopId) {
        return tenantEm.current().createNamedQuery(ServicePointAssessment.OF_SHOP, ServicePointAssessment.class)
                .setParameter("shopId", shopId).getResultStream().findFirst();
    }

    /** Criterion names by id in the municipality's order. */
    private Map<Long, String> criterionNames() {
        return criteria.list().stream().collect(Collectors.toMap(CriterionView::id, CriterionView::name,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private Set<Long> servicePointIds() {
        return shops.servicePoints().stream().map(ShopSummary::id).collect(Collectors.toSet());
    }

    private Map<Long, String> villageNames() {
        return municipality.current().villages().stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
    }
}
