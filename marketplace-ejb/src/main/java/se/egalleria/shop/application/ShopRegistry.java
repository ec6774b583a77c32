package se.egalleria.shop.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.domain.Shop;
import se.egalleria.tenancy.application.VillageDirectory;

/** Adds shops to a gallery. */
@Stateless
public class ShopRegistry {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private ShopCaches kept;

    @Inject
    private VillageDirectory villages;

    /**
     * Creates the shops that do not exist yet (by code) in the named municipality; existing shops
     * are left as their owners keep them.
     */
    public int registerMissing(String tenant, List<ShopRegistration> registrations) {
        Map<String, Long> villageIds = villages.idsByName(tenant);
        EntityManager em = tenantEm.forTenant(tenant);
        int created = 0;
        for (ShopRegistration r : registrations) {
            Optional<Shop> existing = em.createNamedQuery(Shop.BY_CODE, Shop.class)
                    .setParameter("code", r.code()).getResultStream().findFirst();
            // Details never set on an existing shop (it was created before they existed) are filled
            // in from tenant-config; anything the shop has set is kept.
            existing.filter(shop -> shop.organisationNumber() == null && shop.subsidyAgreement() == null)
                    .ifPresent(shop -> shop.contract(r.organisationNumber(), r.subsidyAgreement()));
            existing.filter(shop -> !shop.offersHomeDelivery() && shop.deliveryVillageIds().isEmpty()
                    && shop.routeDays().isEmpty() && !shop.isServicePoint() && !shop.deliveryAreaSetInConsole())
                    .ifPresent(shop -> offer(shop, r, villageIds));
            if (existing.isEmpty()) {
                Long villageId = villageIds.get(r.village());
                if (villageId == null) {
                    throw new IllegalArgumentException("Unknown village " + r.village() + " in " + tenant);
                }
                Shop shop = new Shop(r.code(), r.name(), villageId);
                shop.presentAs(r.description(), r.openingHours());
                shop.reachableAt(r.phone(), r.email());
                shop.contract(r.organisationNumber(), r.subsidyAgreement());
                offer(shop, r, villageIds);
                em.persist(shop);
                created++;
            }
        }
        kept.changed(tenant); // shops added, or existing ones given their contract or delivery terms
        return created;
    }

    private static void offer(Shop shop, ShopRegistration r, Map<String, Long> villageIds) {
        shop.offerPickup(true, r.servicePoint());
        if (r.homeDelivery() != null) {
            Set<Long> served = r.homeDelivery().villages().stream().map(villageIds::get)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            shop.deliverTo(served, r.homeDelivery().routeDays(), r.homeDelivery().minimumOrderOre());
        }
    }

    /** A shop's id by its code in tenant-config/, for start-up work that names its tenant. */
    public java.util.Optional<Long> idByCode(String tenant, String code) {
        return tenantEm.forTenant(tenant).createNamedQuery(Shop.BY_CODE, Shop.class).setParameter("code", code)
                .getResultStream().findFirst().map(Shop::id);
    }
}
