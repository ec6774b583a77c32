package se.egalleria.account.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.egalleria.account.domain.AccessToken;
import se.egalleria.account.domain.Account;
import se.egalleria.account.domain.Delegation;
import se.egalleria.account.domain.HomeCareAssignment;
import se.egalleria.account.domain.Membership;
import se.egalleria.audit.AuditLog;
import se.egalleria.shared.persistence.TenantEntityManager;

/** A person's own data: see it, download it, delete the account. */
@Stateless
public class PersonalData {

    @Inject
    private Event<AccountDeleted> deleted;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private AuditLog audit;

    @Inject
    private Instance<PersonalDataSource> sources;

    public CallerIdentity me() {
        return access.requireAccount();
    }

    public PersonalDataExport export() {
        CallerIdentity me = access.requireAccount();
        Account account = tenantEm.current().find(Account.class, me.id());
        Map<String, List<?>> kept = new TreeMap<>();
        sources.forEach(source -> kept.put(source.section(), source.keptAbout(me.id())));
        return new PersonalDataExport(me.tenant(), account.email(), account.displayName(), account.status().name(),
                account.createdAt(), me.roles().stream().map(Enum::name).sorted().toList(),
                me.shopIds().stream().sorted().toList(), me.carrierIds().stream().sorted().toList(), kept,
                Instant.now());
    }

    /**
     * Deletes the account at its owner's request. The row stays, anonymised, because orders
     * (kept for the shops' bookkeeping) refer to it; roles and API tokens go.
     */
    public void deleteMine() {
        CallerIdentity me = access.requireAccount();
        EntityManager em = tenantEm.current();
        Account account = em.find(Account.class, me.id());
        List<Membership> memberships = em.createNamedQuery(Membership.OF_ACCOUNT, Membership.class)
                .setParameter("accountId", me.id()).getResultList();
        memberships.forEach(em::remove);
        // Permissions to order for or by this person end with the account.
        em.createNamedQuery(Delegation.OF_PERSON, Delegation.class).setParameter("accountId", me.id())
                .setParameter("email", account.email()).setParameter("ended", Delegation.Status.WITHDRAWN)
                .getResultStream().forEach(d -> d.withdraw("account:" + me.id(), Instant.now()));
        em.createNamedQuery(HomeCareAssignment.ACTIVE_OF_PERSON, HomeCareAssignment.class)
                .setParameter("accountId", me.id()).getResultStream()
                .forEach(h -> h.end("account:" + me.id(), Instant.now()));
        em.createNamedQuery(AccessToken.REVOKE_ALL_OF_ACCOUNT).setParameter("now", Instant.now())
                .setParameter("accountId", me.id()).executeUpdate();
        account.anonymise();
        deleted.fire(new AccountDeleted(me.id()));
        audit.record("account:" + me.id() + "@" + me.tenant(), "account.deleted", "account:" + me.id(),
                "deleted and anonymised at the owner's request");
    }
}
