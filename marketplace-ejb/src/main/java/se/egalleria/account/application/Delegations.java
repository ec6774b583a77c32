package se.egalleria.account.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.egalleria.account.domain.Account;
import se.egalleria.account.domain.Delegation;
import se.egalleria.audit.AuditLog;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.ForbiddenException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.mail.OutgoingMail;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.application.MunicipalityDirectory;

/**
 * Ordering for someone else: a resident invites a person by e-mail, that person accepts, and from
 * then until either of them withdraws it the person may place orders for the resident.
 */
@Stateless
public class Delegations {

    /** Page for both sides of a permission; the e-mail links to it. */
    public static final String PAGE = "/account/delegations.xhtml";

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private MunicipalityDirectory municipalities;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<OutgoingMail> mail;

    /** The signed-in resident lets the person with this address order for them, once they accept. */
    public DelegationView invite(String email, LinkContext links) {
        CallerIdentity resident = access.requireAccount();
        String address = Inputs.email("email", email);
        if (address.equals(resident.email())) {
            throw new InvalidInputException("email", "error.delegation.self");
        }
        EntityManager em = tenantEm.current();
        if (!em.createNamedQuery(Delegation.OPEN_BETWEEN, Delegation.class).setParameter("residentId", resident.id())
                .setParameter("email", address).setParameter("ended", Delegation.Status.WITHDRAWN)
                .getResultList().isEmpty()) {
            throw new ConflictException("error.delegation.exists");
        }
        Delegation delegation = new Delegation(resident.id(), address, Instant.now());
        em.persist(delegation);
        em.flush();
        mail.fire(AccountMails.delegation(address, resident.displayName(), municipalities.currentName(),
                links.galleryBaseUrl() + PAGE, links.locale()));
        audit.record(resident.auditName(), "delegation.invited", "delegation:" + delegation.id(), "");
        return view(delegation, Map.of(resident.id(), resident.displayName()), resident.id());
    }

    /** The permissions the caller gave and those given to them, still open. */
    public List<DelegationView> mine() {
        CallerIdentity me = access.requireAccount();
        EntityManager em = tenantEm.current();
        List<Delegation> open = em.createNamedQuery(Delegation.OF_PERSON, Delegation.class)
                .setParameter("accountId", me.id()).setParameter("email", me.email())
                .setParameter("ended", Delegation.Status.WITHDRAWN).getResultList();
        Map<Long, String> names = residentNames(em, open.stream().map(Delegation::residentAccountId)
                .collect(Collectors.toSet()));
        return open.stream().map(d -> view(d, names, me.id())).toList();
    }

    /** The invited person takes the permission on; only the one the invitation was sent to can. */
    public DelegationView accept(long id) {
        CallerIdentity me = access.requireAccount();
        Delegation delegation = visibleTo(me, id);
        if (!delegation.isFor(me.email())) {
            throw new ForbiddenException("error.delegation.notYours");
        }
        delegation.accept(me.id(), Instant.now());
        audit.record(me.auditName(), "delegation.accepted", "delegation:" + id, "");
        return view(delegation, residentNames(tenantEm.current(), Set.of(delegation.residentAccountId())), me.id());
    }

    /** Either side ends the permission at any time; orders from then on are refused. */
    public DelegationView withdraw(long id) {
        CallerIdentity me = access.requireAccount();
        Delegation delegation = visibleTo(me, id);
        delegation.withdraw(me.auditName(), Instant.now());
        audit.record(me.auditName(), "delegation.withdrawn", "delegation:" + id, "");
        return view(delegation, residentNames(tenantEm.current(), Set.of(delegation.residentAccountId())), me.id());
    }

    /** Whether the delegate may order for the resident now: a permission accepted and not withdrawn. */
    public boolean isActive(long residentAccountId, long delegateAccountId) {
        return !tenantEm.current().createNamedQuery(Delegation.ACTIVE_FOR, Delegation.class)
                .setParameter("residentId", residentAccountId).setParameter("delegateId", delegateAccountId)
                .setParameter("active", Delegation.Status.ACTIVE).setMaxResults(1).getResultList().isEmpty();
    }

    /** Only the two people a permission is between see it; to anyone else it does not exist. */
    private Delegation visibleTo(CallerIdentity me, long id) {
        Delegation delegation = tenantEm.current().find(Delegation.class, id);
        if (delegation == null || !(delegation.isResident(me.id()) || delegation.isFor(me.email()))) {
            throw new NotFoundException("error.delegation.notFound", id);
        }
        return delegation;
    }

    private static Map<Long, String> residentNames(EntityManager em, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Account::id, Account::displayName, (a, b) -> a));
    }

    private static DelegationView view(Delegation d, Map<Long, String> names, long callerId) {
        return new DelegationView(d.id(), d.residentAccountId(), names.getOrDefault(d.residentAccountId(), ""),
                d.delegateEmail(), d.status().name(), d.createdAt(), d.acceptedAt(), d.endedAt(),
                d.isResident(callerId));
    }
}
