package se.egalleria.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** A link sent by e-mail that works once, for a while. Only its SHA-256 is stored. */
@Entity
@Table(name = "one_time_token")
@NamedQuery(name = OneTimeToken.BY_HASH,
        query = "SELECT t FROM OneTimeToken t WHERE t.tokenHash = :hash AND t.purpose = :purpose")
public class OneTimeToken extends TenantOwnedEntity {

    public static final String BY_HASH = "OneTimeToken.byHash";

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 30, updatable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeToken() {
        // for JPA
    }

    public OneTimeToken(long accountId, TokenPurpose purpose, String tokenHash) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.expiresAt = Instant.now().plus(purpose.validity());
    }

    /** Spends the token; false if it was already used or has expired. */
    public boolean use(Instant now) {
        if (usedAt != null || !now.isBefore(expiresAt)) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public long accountId() {
        return accountId;
    }
}
