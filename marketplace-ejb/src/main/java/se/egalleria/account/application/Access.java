package se.egalleria.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.egalleria.account.domain.Role;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.ForbiddenException;
import se.egalleria.shared.NotAuthenticatedException;
import se.egalleria.tenancy.application.TenantContext;

/**
 * Authorisation rules, asked by the application services before they act (views and resources
 * may hide buttons, but these checks are what protects the data).
 */
@ApplicationScoped
public class Access {

    @Inject
    private Caller caller;

    @Inject
    private TenantContext tenantContext;

    /** Any signed-in account of this municipality (not an operator). */
    public CallerIdentity requireAccount() {
        CallerIdentity identity = inThisMunicipality();
        if (identity.isOperator()) {
            throw new ForbiddenException("error.auth.accountsOnly");
        }
        return identity;
    }

    /** The municipality's administrator, or a platform operator. */
    public CallerIdentity requireAdministrator() {
        CallerIdentity identity = inThisMunicipality();
        if (!identity.isOperator() && !identity.has(Role.MUNICIPALITY_ADMIN)) {
            throw new ForbiddenException("error.auth.administratorsOnly");
        }
        return identity;
    }

    /** A platform operator. */
    public CallerIdentity requireOperator() {
        CallerIdentity identity = caller.require();
        if (!identity.isOperator()) {
            throw new ForbiddenException("error.auth.operatorsOnly");
        }
        return identity;
    }

    /** Staff of this shop, the municipality's administrator, or an operator. */
    public CallerIdentity requireShopManager(long shopId) {
        CallerIdentity identity = inThisMunicipality();
        boolean allowed = identity.isOperator() || identity.has(Role.MUNICIPALITY_ADMIN)
                || identity.has(Role.SHOP_STAFF) && identity.shopIds().contains(shopId);
        if (!allowed) {
            throw new ForbiddenException("error.auth.otherShop");
        }
        return identity;
    }

    /** Whether the signed-in caller may manage the shop (as {@link #requireShopManager}), without refusing. */
    public boolean mayManageShop(long shopId) {
        try {
            requireShopManager(shopId);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** The caller, who must belong to the request's municipality (operators belong to all). */
    private CallerIdentity inThisMunicipality() {
        CallerIdentity identity = caller.require();
        if (!identity.isOperator() && !identity.tenant().equals(tenantContext.require())) {
            // Authentication already refuses tokens of another municipality; this is the second lock.
            throw new NotAuthenticatedException("error.auth.otherMunicipality");
        }
        return identity;
    }
}
