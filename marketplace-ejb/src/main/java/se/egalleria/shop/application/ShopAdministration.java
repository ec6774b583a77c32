package se.egalleria.shop.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.config.QueryHints;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.domain.Shop;
import se.egalleria.tenancy.application.VillageDirectory;

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

    @Inject
    private ShopCaches kept;

    @Inject
    private VillageDirectory villages;

    // Catches an extra zero or two; real minimum orders lie far below (100 000 kr).
    private static final long MAX_MINIMUM_ORDER_ORE = 10_000_000;

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
        kept.changed(); // the service points residents see name their opening hours and phone
        audit.record(caller.auditName(), "shop.updated", "shop:" + shopId, shop.name());
        return directory.get(shopId);
    }

    /** Every shop's delivery area, by name, for the administrator to choose from (one query and a batch). */
    public List<DeliveryArea> deliveryAreas() {
        access.requireAdministrator();
        return tenantEm.current().createQuery("SELECT s FROM Shop s ORDER BY s.name, s.id", Shop.class)
                .setHint(QueryHints.BATCH, "s.deliveryVillageIds")
                .getResultStream().map(ShopAdministration::area).toList();
    }

    /** The shop's home-delivery area and route days, for the municipality's administrator. */
    public DeliveryArea deliveryArea(long shopId) {
        Shop shop = find(shopId);
        access.requireAdministrator();
        return area(shop);
    }

    /**
     * The administrator sets where and when the shop delivers home. Checkout reads the shop's terms
     * from the database on every order, so the change applies to the next one.
     */
    public DeliveryArea changeDeliveryArea(long shopId, DeliveryAreaChange change) {
        Shop shop = find(shopId);
        CallerIdentity caller = access.requireAdministrator();
        DeliveryAreaChange c = change == null ? new DeliveryAreaChange(null, null, null, null) : change;
        Set<Long> known = villages.currentIds();
        Set<Long> villageIds = new HashSet<>();
        for (Long id : c.villageIds() == null ? List.<Long>of() : c.villageIds()) {
            if (id == null || !known.contains(id)) {
                throw new InvalidInputException("villageIds", "error.shop.unknownVillage", id);
            }
            villageIds.add(id);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : c.routeDays() == null ? List.<String>of() : c.routeDays()) {
            days.add(Inputs.oneOf(DayOfWeek.class, "routeDays", day));
        }
        if (c.minimumOrderOre() == null) {
            throw new InvalidInputException("minimumOrderOre", "error.input.required");
        }
        if (c.minimumOrderOre() < 0 || c.minimumOrderOre() > MAX_MINIMUM_ORDER_ORE) {
            throw new InvalidInputException("minimumOrderOre", "error.input.kronorRange", MAX_MINIMUM_ORDER_ORE / 100);
        }
        if (c.version() == null) {
            throw new InvalidInputException("version", "error.input.required");
        }
        if (c.version() != shop.version()) {
            throw new ConflictException("error.shop.changedMeanwhile", shop.name());
        }
        shop.deliveryAreaSetInConsole(villageIds, days, c.minimumOrderOre(), java.time.Instant.now());
        kept.changed();
        tenantEm.current().flush();
        audit.record(caller.auditName(), "shop.deliveryAreaChanged", "shop:" + shopId, shop.name() + ": villages "
                + villageIds.stream().sorted().toList() + ", days " + days + ", minimum " + c.minimumOrderOre());
        return area(shop);
    }

    private Shop find(long shopId) {
        // Not found before forbidden: another municipality's shop does not exist here at all.
        Shop shop = tenantEm.current().find(Shop.class, shopId);
        if (shop == null) {
            throw new ShopNotFoundException(shopId);
        }
        return shop;
    }

    private static DeliveryArea area(Shop shop) {
        return new DeliveryArea(shop.id(), shop.name(), shop.deliveryVillageIds().stream().sorted().toList(),
                shop.routeDays().stream().sorted(Comparator.naturalOrder()).map(Enum::name).toList(),
                shop.minimumOrderOre(), shop.version());
    }
}
