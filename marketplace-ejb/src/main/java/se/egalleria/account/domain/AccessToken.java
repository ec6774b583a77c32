package se.egalleria.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A bearer token for the API. Only its SHA-256 is stored. Not tenant-owned: it is looked up
 * before the request's tenant is trusted, and carries the tenant it was issued in (none for a
 * platform operator), which must match the request's.
 */
@Entity
@Table(name = "access_token")
@NamedQuery(name = AccessToken.BY_HASH, query = "SELECT t FROM AccessToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = AccessToken.REVOKE_ALL_OF_ACCOUNT,
        query = "UPDATE AccessToken t SET t.revokedAt = :now WHERE t.accountId = :accountId AND t.revokedAt IS NULL")
// Asked on every API call of a signed-in resident or staff member: token, account and roles in one
// statement (they were three, each with a connection of its own outside a transaction). The
// account's tenant condition comes from the tenant EntityManager it runs in.
// (Account in FROM, not joined with ON: EclipseLink writes an ON join of unrelated entities
// before the outer join that needs it.)
@NamedQuery(name = AccessToken.WITH_ACCOUNT_AND_ROLES, query = "SELECT t, a, m FROM AccessToken t,"
        + " Account a LEFT JOIN Membership m ON m.accountId = a.id"
        + " WHERE t.tokenHash = :hash AND t.tenant = :tenant AND a.id = t.accountId")
public class AccessToken {

    public static final String BY_HASH = "AccessToken.byHash";
    /** Rows of (token, account, membership or null) for a token issued in the tenant. */
    public static final String WITH_ACCOUNT_AND_ROLES = "AccessToken.withAccountAndRoles";
    public static final String REVOKE_ALL_OF_ACCOUNT = "AccessToken.revokeAllOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "tenant_id", length = 40, updatable = false)
    private String tenant;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(name = "operator_id", updatable = false)
    private Long operatorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessToken() {
        // for JPA
    }

    private AccessToken(String tokenHash, String tenant, Long accountId, Long operatorId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.tenant = tenant;
        this.accountId = accountId;
        this.operatorId = operatorId;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    public static AccessToken forAccount(String tokenHash, String tenant, long accountId, Instant expiresAt) {
        return new AccessToken(tokenHash, tenant, accountId, null, expiresAt);
    }

    public static AccessToken forOperator(String tokenHash, long operatorId, Instant expiresAt) {
        return new AccessToken(tokenHash, null, null, operatorId, expiresAt);
    }

    public boolean isValid(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String tenant() {
        return tenant;
    }

    public Long accountId() {
        return accountId;
    }

    public Long operatorId() {
        return operatorId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
