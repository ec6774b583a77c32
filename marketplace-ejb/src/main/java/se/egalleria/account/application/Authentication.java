package se.egalleria.account.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.egalleria.account.domain.AccessToken;
import se.egalleria.account.domain.Account;
import se.egalleria.account.domain.LoginGuard;
import se.egalleria.account.domain.Membership;
import se.egalleria.account.domain.PlatformOperator;
import se.egalleria.account.domain.Role;
import se.egalleria.shared.Secrets;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * Signs callers in: by password (accounts of a municipality, or platform operators on the
 * platform's host), by API token, or again from a session. Called by the web edge before the
 * request's tenant is in context, so every method names its tenant.
 */
@Stateless
public class Authentication {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Passwords passwords;

    @Inject
    @ConfigProperty(name = "egalleria.token.lifetime", defaultValue = "PT8H")
    private Duration tokenLifetime;

    /** Password sign-in; {@code tenant} null signs in a platform operator. */
    public SignInResult signIn(String tenant, String email, String password) {
        String normalised = normaliseEmail(email);
        Instant now = Instant.now();
        if (tenant == null) {
            return signInOperator(normalised, password, now);
        }
        EntityManager em = tenantEm.forTenant(tenant);
        Optional<Account> found = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", normalised).getResultStream().findFirst();
        if (found.isEmpty()) {
            passwords.matches(password, null);
            return new SignInResult.Failed();
        }
        Account account = found.get();
        return check(account.loginGuard(), now, account.canSignIn() && passwords.matches(password, account.passwordHash()),
                () -> identityOf(em, account, tenant));
    }

    /**
     * The caller a bearer token stands for, if it is valid in this tenant (null: the platform's host).
     * Reads only, outside a transaction of its own: every API request of a signed-in caller asks
     * this, and the transaction's own round trips (begin, commit) cost as much as the reads.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CallerIdentity> identifyByToken(String token, String tenant) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String hash = Secrets.digest(token.strip());
        Instant now = Instant.now();
        List<Object[]> rows = tenant == null ? List.of() : tenantEm.forTenant(tenant)
                .createNamedQuery(AccessToken.WITH_ACCOUNT_AND_ROLES, Object[].class)
                .setParameter("hash", hash).setParameter("tenant", tenant)
                .getResultList();
        if (!rows.isEmpty()) {
            return ((AccessToken) rows.get(0)[0]).isValid(now)
                    ? signedIn((Account) rows.get(0)[1], memberships(rows, 2), tenant) : Optional.empty();
        }
        // Not a token of this municipality's accounts: perhaps a platform operator's (valid on every host).
        return tenantEm.platform().createNamedQuery(AccessToken.BY_HASH, AccessToken.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst()
                .filter(t -> t.isValid(now) && t.operatorId() != null)
                .flatMap(t -> operator(t.operatorId()));
    }

    /**
     * Reloads a caller signed in earlier (a page session): gone or disabled accounts are signed out.
     * Asked on every page of a signed-in visitor; it only reads, so no transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CallerIdentity> refresh(CallerIdentity identity) {
        if (identity.isOperator()) {
            return operator(identity.id());
        }
        List<Object[]> rows = tenantEm.forTenant(identity.tenant())
                .createNamedQuery(Account.WITH_ROLES, Object[].class)
                .setParameter("id", identity.id())
                .getResultList();
        return rows.isEmpty() ? Optional.empty()
                : signedIn((Account) rows.get(0)[0], memberships(rows, 1), identity.tenant());
    }

    public IssuedToken issueToken(CallerIdentity identity) {
        String token = Secrets.newToken();
        Instant expires = Instant.now().plus(tokenLifetime);
        tenantEm.platform().persist(identity.isOperator()
                ? AccessToken.forOperator(Secrets.digest(token), identity.id(), expires)
                : AccessToken.forAccount(Secrets.digest(token), identity.tenant(), identity.id(), expires));
        return new IssuedToken(token, expires);
    }

    /** Revokes one token (signing out of the API); unknown tokens are ignored. */
    public void revokeToken(String token) {
        tenantEm.platform().createNamedQuery(AccessToken.BY_HASH, AccessToken.class)
                .setParameter("hash", Secrets.digest(token.strip()))
                .getResultStream()
                .findFirst()
                .ifPresent(t -> t.revoke(Instant.now()));
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    static CallerIdentity identityOf(EntityManager em, Account account, String tenant) {
        return identityOf(account, em.createNamedQuery(Membership.OF_ACCOUNT, Membership.class)
                .setParameter("accountId", account.id()).getResultList(), tenant);
    }

    private static CallerIdentity identityOf(Account account, List<Membership> memberships, String tenant) {
        Set<Role> roles = new HashSet<>();
        Set<Long> shops = new HashSet<>();
        Set<Long> carriers = new HashSet<>();
        for (Membership m : memberships) {
            roles.add(m.role());
            if (m.shopId() != null) {
                shops.add(m.shopId());
            }
            if (m.carrierId() != null) {
                carriers.add(m.carrierId());
            }
        }
        return new CallerIdentity(CallerIdentity.Kind.ACCOUNT, account.id(), tenant, account.email(),
                account.displayName(), roles, shops, carriers);
    }

    private SignInResult signInOperator(String email, String password, Instant now) {
        Optional<PlatformOperator> found = tenantEm.platform()
                .createNamedQuery(PlatformOperator.BY_EMAIL, PlatformOperator.class)
                .setParameter("email", email).getResultStream().findFirst();
        if (found.isEmpty()) {
            passwords.matches(password, null);
            return new SignInResult.Failed();
        }
        PlatformOperator operator = found.get();
        return check(operator.loginGuard(), now, passwords.matches(password, operator.passwordHash()),
                () -> CallerIdentity.operator(operator.id(), operator.email(), operator.displayName()));
    }

    private static SignInResult check(LoginGuard guard, Instant now, boolean passwordMatches,
                                      java.util.function.Supplier<CallerIdentity> identity) {
        if (guard.isLocked(now)) {
            return new SignInResult.Locked(guard.remainingLock(now));
        }
        if (!passwordMatches) {
            guard.failed(now);
            return guard.isLocked(now) ? new SignInResult.Locked(guard.remainingLock(now)) : new SignInResult.Failed();
        }
        guard.succeeded();
        return new SignInResult.Success(identity.get());
    }

    private static Optional<CallerIdentity> signedIn(Account account, List<Membership> memberships, String tenant) {
        return account.canSignIn() ? Optional.of(identityOf(account, memberships, tenant)) : Optional.empty();
    }

    /** The memberships of joined rows: in the column given, null where the account has none. */
    private static List<Membership> memberships(List<Object[]> rows, int column) {
        return rows.stream().map(row -> (Membership) row[column]).filter(Objects::nonNull).toList();
    }

    private Optional<CallerIdentity> operator(long operatorId) {
        return Optional.ofNullable(tenantEm.platform().find(PlatformOperator.class, operatorId))
                .map(o -> CallerIdentity.operator(o.id(), o.email(), o.displayName()));
    }
}
