package se.egalleria.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import se.egalleria.account.domain.Account;
import se.egalleria.account.domain.OneTimeToken;
import se.egalleria.account.domain.TokenPurpose;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.Secrets;
import se.egalleria.shared.persistence.TenantEntityManager;

/** Creates and spends the one-time tokens that e-mailed links carry. */
@ApplicationScoped
class OneTimeTokens {

    @Inject
    private TenantEntityManager tenantEm;

    /** A new token for the account; returns the token itself (only its digest is stored). */
    String issue(Account account, TokenPurpose purpose) {
        String token = Secrets.newToken();
        tenantEm.current().persist(new OneTimeToken(account.id(), purpose, Secrets.digest(token)));
        return token;
    }

    /** The account the token was for, spending the token; an unknown, used or expired token is a 400. */
    Account spend(String rawToken, TokenPurpose purpose) {
        EntityManager em = tenantEm.current();
        OneTimeToken token = em.createNamedQuery(OneTimeToken.BY_HASH, OneTimeToken.class)
                .setParameter("hash", Secrets.digest(Inputs.token(rawToken)))
                .setParameter("purpose", purpose)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("token", "error.token.invalid"));
        if (!token.use(Instant.now())) {
            throw new InvalidInputException("token", "error.token.invalid");
        }
        return em.find(Account.class, token.accountId());
    }
}
