package se.egalleria.ordering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.egalleria.ordering.domain.Basket;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.Secrets;
import se.egalleria.shared.persistence.TenantEntityManager;

/** Finds a basket by its token, within the caller's transaction. */
@ApplicationScoped
class BasketStore {

    @Inject
    private TenantEntityManager tenantEm;

    /** The basket, locked for the rest of the transaction when it is about to change. */
    Basket find(String token, boolean forChange) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException("error.basket.notFound");
        }
        return tenantEm.current().createNamedQuery(forChange ? Basket.BY_TOKEN_FOR_CHANGE : Basket.BY_TOKEN, Basket.class)
                .setParameter("digest", Secrets.digest(token))
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("error.basket.notFound"));
    }
}
