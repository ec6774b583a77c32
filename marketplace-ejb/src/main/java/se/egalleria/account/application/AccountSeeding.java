package se.egalleria.account.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.LongFunction;
import se.egalleria.account.domain.Account;
import se.egalleria.account.domain.Membership;
import se.egalleria.account.domain.PlatformOperator;
import se.egalleria.shared.persistence.TenantEntityManager;

/** Creates the start-up accounts of {@link AccountBootstrap}, each municipality in its own transaction. */
@Stateless
public class AccountSeeding {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Passwords passwords;

    public void operator(String email, String name, String password) {
        EntityManager em = tenantEm.platform();
        String address = Authentication.normaliseEmail(email);
        if (em.createNamedQuery(PlatformOperator.BY_EMAIL, PlatformOperator.class).setParameter("email", address)
                .getResultStream().findFirst().isEmpty()) {
            em.persist(new PlatformOperator(address, name, passwords.hashNew("operatorPassword", password)));
        }
    }

    /** invanare@, handlare@ (first shop), transport@ (first carrier) and admin@{slug}.example. */
    public int demoUsers(String tenant, String password) {
        EntityManager em = tenantEm.forTenant(tenant);
        // Demo data only: reads the first shop and carrier directly rather than through their areas.
        List<Long> shops = em.createQuery("SELECT s.id FROM Shop s ORDER BY s.code", Long.class).setMaxResults(1)
                .getResultList();
        List<Long> carriers = em.createQuery("SELECT c.id FROM Carrier c ORDER BY c.code", Long.class)
                .setMaxResults(1).getResultList();
        int created = 0;
        created += demo(em, tenant, "invanare", "Inga Invånare", password, Membership::resident);
        created += demo(em, tenant, "admin", "Anna Administratör", password, Membership::administrator);
        if (!shops.isEmpty()) {
            created += demo(em, tenant, "handlare", "Hans Handlare", password,
                    id -> Membership.shopStaff(id, shops.get(0)));
        }
        if (!carriers.isEmpty()) {
            created += demo(em, tenant, "transport", "Tore Transportör", password,
                    id -> Membership.carrier(id, carriers.get(0)));
        }
        return created;
    }

    private int demo(EntityManager em, String tenant, String who, String name, String password,
                     LongFunction<Membership> membership) {
        String email = who + "@" + tenant + ".example";
        if (em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email)
                .getResultStream().findFirst().isPresent()) {
            return 0;
        }
        Account account = Account.active(email, name, passwords.hashNew("password", password));
        em.persist(account);
        em.flush();
        em.persist(membership.apply(account.id()));
        return 1;
    }
}
