package se.egalleria.servicepoint.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.servicepoint.domain.DesignationRule;
import se.egalleria.servicepoint.domain.ServicePointAssessment;
import se.egalleria.servicepoint.domain.ServicePointCriterion;
import se.egalleria.servicepoint.domain.ServicePointPolicy;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * The municipality's service-point criteria and threshold. A municipality that has not set its own
 * gets Örnsköldsvik's five criteria and "3 of 5" the first time its administrator looks, so that new
 * municipalities start from a working rule.
 */
@Stateless
public class ServicePointCriteria {

    /** Örnsköldsvik's criteria: data the administrator can rename, so kept here rather than in a bundle. */
    static final List<String> DEFAULT_CRITERIA = List.of("Publik dator med internet", "Kaffehörna",
            "Turistinformation med broschyrer", "Minst tre aktiviteter per år", "Hemsändning av dagligvaror");
    static final int DEFAULT_REQUIRED = 3;
    private static final int MAX_CRITERIA = 30;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    public CriteriaView criteria() {
        access.requireAdministrator();
        return view(policy(), criterionList());
    }

    public CriteriaView change(CriteriaChange change) {
        CallerIdentity who = access.requireAdministrator();
        List<CriteriaChange.Entry> entries = change == null || change.criteria() == null ? List.of()
                : change.criteria();
        if (entries.isEmpty() || entries.size() > MAX_CRITERIA) {
            throw new InvalidInputException("criteria", "error.servicePoint.criteriaCount", MAX_CRITERIA);
        }
        Integer required = change.required();
        if (required == null || !DesignationRule.validThreshold(required, entries.size())) {
            throw new InvalidInputException("required", "error.servicePoint.threshold", entries.size());
        }
        ServicePointPolicy policy = policy();
        EntityManager em = tenantEm.current();
        Map<Long, ServicePointCriterion> existing = new HashMap<>();
        criterionList().forEach(c -> existing.put(c.id(), c));
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            CriteriaChange.Entry entry = entries.get(i);
            String name = Inputs.required("criteria", entry == null ? null : entry.name(), 120);
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("criteria", "error.servicePoint.duplicateCriterion", name);
            }
            if (entry.id() != null && !existing.containsKey(entry.id())) {
                throw new InvalidInputException("criteria", "error.servicePoint.unknownCriterion", entry.id());
            }
            names.add(name);
        }
        Set<Long> kept = entries.stream().map(CriteriaChange.Entry::id).filter(id -> id != null)
                .collect(Collectors.toSet());
        List<ServicePointCriterion> removed = existing.values().stream().filter(c -> !kept.contains(c.id()))
                .toList();
        if (!removed.isEmpty()) {
            Set<Long> removedIds = removed.stream().map(ServicePointCriterion::id).collect(Collectors.toSet());
            for (ServicePointAssessment a : em.createNamedQuery(ServicePointAssessment.ALL,
                    ServicePointAssessment.class).getResultList()) {
                removedIds.forEach(a::forget);
            }
            em.flush();
            removed.forEach(em::remove);
        }
        // Temporary names first, so that swapping two names does not trip the unique constraint.
        for (int i = 0; i < entries.size(); i++) {
            Long id = entries.get(i).id();
            if (id != null) {
                existing.get(id).rename("#renaming " + id + "#", i);
            }
        }
        em.flush();
        for (int i = 0; i < entries.size(); i++) {
            Long id = entries.get(i).id();
            if (id == null) {
                em.persist(new ServicePointCriterion(names.get(i), i));
            } else {
                existing.get(id).rename(names.get(i), i);
            }
        }
        policy.require(required);
        em.flush();
        audit.record(who.auditName(), "servicePoint.criteria", "municipality",
                required + " of " + String.join(", ", names));
        return view(policy, criterionList());
    }

    /** The rule designation applies now (seeding the defaults if the municipality has none yet). */
    public DesignationRule rule() {
        ServicePointPolicy policy = policy();
        return new DesignationRule(criterionList().stream().map(ServicePointCriterion::id)
                .collect(Collectors.toSet()), policy.criteriaRequired());
    }

    /** The criteria in order, without seeding (the public gallery only reads). */
    public List<CriterionView> list() {
        return tenantEm.current().createNamedQuery(ServicePointCriterion.ALL, ServicePointCriterion.class)
                .getResultStream().map(c -> new CriterionView(c.id(), c.name())).toList();
    }

    private ServicePointPolicy policy() {
        EntityManager em = tenantEm.current();
        Optional<ServicePointPolicy> found = em.createNamedQuery(ServicePointPolicy.CURRENT, ServicePointPolicy.class)
                .getResultStream().findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        ServicePointPolicy policy = new ServicePointPolicy(DEFAULT_REQUIRED);
        em.persist(policy);
        // Criteria left from an earlier policy are kept; the defaults only fill an empty list.
        if (criterionList().isEmpty()) {
            for (int i = 0; i < DEFAULT_CRITERIA.size(); i++) {
                em.persist(new ServicePointCriterion(DEFAULT_CRITERIA.get(i), i));
            }
        }
        em.flush();
        return policy;
    }

    private List<ServicePointCriterion> criterionList() {
        return tenantEm.current().createNamedQuery(ServicePointCriterion.ALL, ServicePointCriterion.class)
                .getResultList();
    }

    private static CriteriaView view(ServicePointPolicy policy, List<ServicePointCriterion> criteria) {
        return new CriteriaView(policy.criteriaRequired(), criteria.stream()
                .map(c -> new CriterionView(c.id(), c.name())).toList());
    }
}
