package se.egalleria.shop.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import se.egalleria.account.application.Access;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.domain.Shop;

/**
 * Sets or clears the shop's service-point flag, the one checkout reads for "pickup at a service
 * point". Only the service-point area decides when (designation checks the criteria and contract);
 * this keeps the flag owned by the shop.
 */
@Stateless
public class ServicePointFlag {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private ShopCaches kept;

    public void mark(long shopId, boolean servicePoint) {
        access.requireAdministrator();
        Shop shop = tenantEm.current().find(Shop.class, shopId);
        if (shop == null) {
            throw new ShopNotFoundException(shopId);
        }
        shop.offerPickup(shop.offersShopPickup(), servicePoint);
        kept.changed();
    }
}
