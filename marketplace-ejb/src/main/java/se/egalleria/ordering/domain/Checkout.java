package se.egalleria.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/**
 * One press of "place order": it placed one order per shop. Its idempotency key turns a retried
 * submission into a look-up of what was placed; its follow token opens the orders without signing in.
 */
@Entity
@Table(name = "checkout")
@NamedQuery(name = Checkout.BY_KEY, query = "SELECT c FROM Checkout c WHERE c.idempotencyKey = :key")
public class Checkout extends TenantOwnedEntity {

    public static final String BY_KEY = "Checkout.byKey";

    @Column(name = "idempotency_key", nullable = false, length = 100, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_digest", nullable = false, length = 64, updatable = false)
    private String requestDigest;

    @Column(name = "follow_token", nullable = false, length = 64, updatable = false)
    private String followToken;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    protected Checkout() {
        // for JPA
    }

    public Checkout(String idempotencyKey, String requestDigest, String followToken, Long accountId, Instant placedAt) {
        this.idempotencyKey = idempotencyKey;
        this.requestDigest = requestDigest;
        this.followToken = followToken;
        this.accountId = accountId;
        this.placedAt = placedAt;
    }

    /** Whether a retry with the same key asks for the same thing (else the key was reused by mistake). */
    public boolean isSameRequest(String digest) {
        return requestDigest.equals(digest);
    }

    public boolean opensWith(String token) {
        return token != null && MessageDigest.isEqual(followToken.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    public String followToken() {
        return followToken;
    }

    public Long accountId() {
        return accountId;
    }

    public Instant placedAt() {
        return placedAt;
    }
}
