package se.egalleria.shop.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.domain.Shop;

/** Changes to a shop, by its own staff or the municipality's administrator. */
@Stateless
public class ShopAdministration {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private ShopDirectory directory;

    @Inject
    private AuditLog audit;

    public ShopSummary update(long shopId, ShopChanges changes) {
        // Not found before forbidden: another municipality's shop does not exist here at all.
        Shop shop = tenantEm.current().find(Shop.class, shopId);
        if (shop == null) {
            throw new ShopNotFoundException(shopId);
        }
        CallerIdentity caller = access.requireShopManager(shopId);
        ShopChanges c = changes == null ? new ShopChanges(null, null, null, null) : changes;
        shop.presentAs(Inputs.optional("description", c.description(), 4000),
                Inputs.optional("openingHours", c.openingHours(), 500));
        shop.reachableAt(Inputs.phone("phone", c.phone()), Inputs.email("email", c.email()));
        audit.record(caller.auditName(), "shop.updated", "shop:" + shopId, shop.name());
        return directory.get(shopId);
    }
}
