package se.egalleria.account.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.egalleria.account.domain.Account;
import se.egalleria.account.domain.AccountStatus;
import se.egalleria.account.domain.HomeCareAssignment;
import se.egalleria.account.domain.Membership;
import se.egalleria.account.domain.Role;
import se.egalleria.audit.AuditLog;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.ForbiddenException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * Home care: the municipality's administrator assigns residents to its home-care workers (invited
 * with the role HOME_CARE) and removes assignments; a worker sees the residents assigned to them
 * and may order for them (see {@link OrderingFor}).
 */
@Stateless
public class HomeCare {

    /** More residents than one worker visits; the worker's list is not paged below this. */
    static final int MAX_RESIDENTS = 200;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    /**
     * The municipality's home-care workers, the latest invited first (whom the administrator is
     * likely to assign next), each with the residents assigned to them now.
     */
    public Page<HomeCareWorker> workers(PageRequest page) {
        access.requireAdministrator();
        EntityManager em = tenantEm.current();
        String workers = " FROM Account a WHERE a.id IN (SELECT m.accountId FROM Membership m WHERE m.role = :role)"
                + " AND a.status <> :deleted";
        long total = em.createQuery("SELECT COUNT(a)" + workers, Long.class).setParameter("role", Role.HOME_CARE)
                .setParameter("deleted", AccountStatus.DELETED).getSingleResult();
        List<Account> accounts = total <= page.offset() ? List.of()
                : em.createQuery("SELECT a" + workers + " ORDER BY a.id DESC", Account.class)
                        .setParameter("role", Role.HOME_CARE).setParameter("deleted", AccountStatus.DELETED)
                        .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        if (accounts.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), total);
        }
        List<HomeCareAssignment> assignments = em.createNamedQuery(HomeCareAssignment.ACTIVE_OF_WORKERS,
                HomeCareAssignment.class).setParameter("workerIds", accounts.stream().map(Account::id).toList())
                .getResultList();
        Map<Long, Account> people = accounts(em, Stream.concat(accounts.stream().map(Account::id),
                assignments.stream().map(HomeCareAssignment::residentAccountId)).collect(Collectors.toSet()));
        Map<Long, List<AssignmentView>> byWorker = assignments.stream().map(h -> view(h, people))
                .collect(Collectors.groupingBy(AssignmentView::workerAccountId));
        return new Page<>(accounts.stream().map(a -> new HomeCareWorker(a.id(), a.displayName(), a.email(),
                a.status().name(), byWorker.getOrDefault(a.id(), List.of()))).toList(), page.page(), page.size(), total);
    }

    /** Assigns a resident of this gallery (by e-mail address) to one of its home-care workers. */
    public AssignmentView assign(NewAssignment request) {
        CallerIdentity admin = access.requireAdministrator();
        NewAssignment r = request == null ? new NewAssignment(null, null) : request;
        if (r.workerAccountId() == null) {
            throw new InvalidInputException("workerAccountId", "error.input.required");
        }
        EntityManager em = tenantEm.current();
        Account worker = em.find(Account.class, r.workerAccountId());
        if (worker == null || !hasRole(em, worker.id(), Role.HOME_CARE)) {
            throw new NotFoundException("error.homeCare.noSuchWorker", r.workerAccountId());
        }
        String email = Inputs.email("residentEmail", r.residentEmail());
        Account resident = em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email)
                .getResultStream().filter(a -> a.status() == AccountStatus.ACTIVE).findFirst()
                .orElseThrow(() -> new InvalidInputException("residentEmail", "error.homeCare.noSuchResident"));
        if (resident.id().equals(worker.id())) {
            throw new InvalidInputException("residentEmail", "error.homeCare.self");
        }
        if (active(em, worker.id(), resident.id()).isPresent()) {
            throw new ConflictException("error.homeCare.alreadyAssigned", resident.displayName());
        }
        HomeCareAssignment assignment = new HomeCareAssignment(worker.id(), resident.id(), admin.auditName(),
                Instant.now());
        em.persist(assignment);
        em.flush();
        audit.record(admin.auditName(), "homecare.assigned", "home-care-assignment:" + assignment.id(),
                "worker account:" + worker.id() + " resident account:" + resident.id());
        return view(assignment, Map.of(worker.id(), worker, resident.id(), resident));
    }

    /** Removes an assignment: from now on the worker's orders for that resident are refused. */
    public AssignmentView end(long assignmentId) {
        CallerIdentity admin = access.requireAdministrator();
        EntityManager em = tenantEm.current();
        HomeCareAssignment assignment = em.find(HomeCareAssignment.class, assignmentId);
        if (assignment == null || !assignment.isActive()) {
            throw new NotFoundException("error.homeCare.noSuchAssignment", assignmentId);
        }
        assignment.end(admin.auditName(), Instant.now());
        audit.record(admin.auditName(), "homecare.ended", "home-care-assignment:" + assignmentId, "");
        return view(assignment, accounts(em, Set.of(assignment.workerAccountId(), assignment.residentAccountId())));
    }

    /** The residents assigned to the signed-in home-care worker now, longest assigned first. */
    public List<AssignmentView> myResidents() {
        CallerIdentity me = access.requireAccount();
        if (!me.has(Role.HOME_CARE)) {
            throw new ForbiddenException("error.homeCare.workersOnly");
        }
        EntityManager em = tenantEm.current();
        List<HomeCareAssignment> mine = em.createNamedQuery(HomeCareAssignment.ACTIVE_OF_WORKERS,
                HomeCareAssignment.class).setParameter("workerIds", List.of(me.id())).setMaxResults(MAX_RESIDENTS)
                .getResultList();
        Map<Long, Account> people = accounts(em, Stream.concat(Stream.of(me.id()),
                mine.stream().map(HomeCareAssignment::residentAccountId)).collect(Collectors.toSet()));
        return mine.stream().map(h -> view(h, people)).toList();
    }

    /** Whether the worker is assigned to the resident now. */
    public boolean isAssigned(long workerAccountId, long residentAccountId) {
        return active(tenantEm.current(), workerAccountId, residentAccountId).isPresent();
    }

    private static java.util.Optional<HomeCareAssignment> active(EntityManager em, long workerId, long residentId) {
        return em.createNamedQuery(HomeCareAssignment.ACTIVE_FOR, HomeCareAssignment.class)
                .setParameter("workerId", workerId).setParameter("residentId", residentId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private static boolean hasRole(EntityManager em, long accountId, Role role) {
        return em.createNamedQuery(Membership.OF_ACCOUNT, Membership.class).setParameter("accountId", accountId)
                .getResultStream().anyMatch(m -> m.role() == role);
    }

    private static Map<Long, Account> accounts(EntityManager em, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Account::id, Function.identity(), (a, b) -> a));
    }

    private static AssignmentView view(HomeCareAssignment h, Map<Long, Account> people) {
        Account worker = people.get(h.workerAccountId());
        Account resident = people.get(h.residentAccountId());
        return new AssignmentView(h.id(), h.workerAccountId(), worker == null ? "" : worker.displayName(),
                h.residentAccountId(), resident == null ? "" : resident.displayName(),
                resident == null ? "" : resident.email(), h.assignedAt(), h.endedAt());
    }
}
