package se.egalleria.shop.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import se.egalleria.account.application.Access;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.domain.Shop;

/** Finds the shops of the current municipality. */
@Stateless
public class ShopDirectory {

    // One query with the village joined in: no lookup per shop. EclipseLink adds the tenant
    // condition for both Shop and Village.
    private static final String SUMMARY = "SELECT NEW se.egalleria.shop.application.ShopSummary("
            + "s.id, s.name, v.name, s.description, s.openingHours, s.phone, s.email) "
            + "FROM Shop s, Village v WHERE v.id = s.villageId";

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private ShopCaches kept;

    /** Every shop of the municipality, whatever its status (for the municipality's own work). */
    public Page<ShopSummary> list(PageRequest request) {
        EntityManager em = tenantEm.current();
        long total = em.createNamedQuery(Shop.COUNT_ALL, Long.class).getSingleResult();
        List<ShopSummary> items = total <= request.offset() ? List.of()
                : em.createQuery(SUMMARY + " ORDER BY s.name, s.id", ShopSummary.class)
                        .setFirstResult(request.offset())
                        .setMaxResults(request.size())
                        .getResultList();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** The shops residents see: approved ones only. */
    public Page<ShopSummary> listOpen(PageRequest request) {
        EntityManager em = tenantEm.current();
        long total = em.createNamedQuery(Shop.COUNT_OPEN, Long.class).getSingleResult();
        List<ShopSummary> items = total <= request.offset() ? List.of()
                : em.createQuery(SUMMARY + " AND s.status = se.egalleria.shop.domain.ShopStatus.APPROVED"
                                + " ORDER BY s.name, s.id", ShopSummary.class)
                        .setFirstResult(request.offset())
                        .setMaxResults(request.size())
                        .getResultList();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /**
     * A shop as residents may see it: an approved one; one awaiting approval or suspended only for
     * its staff and the administrator, and for everyone else it does not exist.
     */
    public ShopSummary getVisible(long id) {
        Shop shop = tenantEm.current().find(Shop.class, id);
        if (shop == null || !shop.isOpen() && !access.mayManageShop(id)) {
            throw new ShopNotFoundException(id);
        }
        return get(id);
    }

    /** Whether residents may see the shop and buy from it now. */
    public boolean isOpen(long shopId) {
        Shop shop = tenantEm.current().find(Shop.class, shopId);
        return shop != null && shop.isOpen();
    }

    /** Names of the given shops that residents cannot buy from now (not approved), for checkout's refusal. */
    public List<String> closedAmong(Collection<Long> shopIds) {
        if (shopIds.isEmpty()) {
            return List.of();
        }
        return tenantEm.current().createQuery("SELECT s.name FROM Shop s WHERE s.id IN :ids AND s.status <> "
                + "se.egalleria.shop.domain.ShopStatus.APPROVED ORDER BY s.name", String.class)
                .setParameter("ids", shopIds).getResultList();
    }

    /** Any shop of the municipality, whatever its status (its staff's and the municipality's work). */
    public ShopSummary get(long id) {
        return tenantEm.current()
                .createQuery(SUMMARY + " AND s.id = :id", ShopSummary.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ShopNotFoundException(id));
    }

    /** Shop names by id, for lists in other areas that show them (one query, however long the list). */
    public Map<Long, String> namesById() {
        return kept.get(ShopCaches.Area.NAMES, () -> tenantEm.current()
                .createQuery("SELECT s.id, s.name FROM Shop s", Object[].class).getResultStream()
                .collect(Collectors.toUnmodifiableMap(row -> (Long) row[0], row -> (String) row[1])));
    }

    /** The open (approved) shops' ids, for residents' product lists (kept a short while, as their names). */
    public Set<Long> openIds() {
        return openNamesById().keySet();
    }

    /** Names of the open (approved) shops by id, for residents' shop filters (one query, kept a short while). */
    public Map<Long, String> openNamesById() {
        return kept.get(ShopCaches.Area.OPEN_NAMES, () -> tenantEm.current()
                .createQuery("SELECT s.id, s.name FROM Shop s WHERE s.status = "
                        + "se.egalleria.shop.domain.ShopStatus.APPROVED", Object[].class).getResultStream()
                .collect(Collectors.toUnmodifiableMap(row -> (Long) row[0], row -> (String) row[1])));
    }

    /** The village of each shop by shop id, for ordering deliveries by distance from the shop (one query). */
    public Map<Long, Long> villageIdsById() {
        return tenantEm.current().createQuery("SELECT s FROM Shop s", Shop.class).getResultStream()
                .collect(Collectors.toMap(Shop::id, Shop::villageId));
    }

    /** The delivery terms of the given shops of this municipality (unknown ids are left out), in one query. */
    public Map<Long, DeliveryTerms> deliveryTerms(Collection<Long> shopIds) {
        if (shopIds.isEmpty()) {
            return Map.of();
        }
        return tenantEm.current().createQuery("SELECT s FROM Shop s WHERE s.id IN :ids", Shop.class)
                .setParameter("ids", shopIds)
                .setHint(QueryHints.BATCH, "s.deliveryVillageIds")
                .getResultStream()
                .collect(Collectors.toMap(Shop::id, ShopDirectory::terms));
    }

    /**
     * The same terms as {@link #deliveryTerms(Collection)}, kept a short while per municipality for
     * what residents are shown (a basket): another node may show a change up to the cache's lifetime
     * late, so an order is placed on {@link #deliveryTerms(Collection)} instead.
     */
    public Map<Long, DeliveryTerms> recentDeliveryTerms(Collection<Long> shopIds) {
        Map<Long, DeliveryTerms> all = kept.get(ShopCaches.Area.DELIVERY_TERMS, () -> tenantEm.current()
                .createQuery("SELECT s FROM Shop s", Shop.class)
                .setHint(QueryHints.BATCH, "s.deliveryVillageIds")
                .getResultStream()
                .collect(Collectors.toUnmodifiableMap(Shop::id, ShopDirectory::terms)));
        Map<Long, DeliveryTerms> terms = new HashMap<>();
        List<Long> unknown = new ArrayList<>();
        for (Long id : shopIds) {
            DeliveryTerms t = all.get(id);
            if (t != null) {
                terms.put(id, t);
            } else {
                unknown.add(id);
            }
        }
        // A shop added on another node since the terms were kept: read it (or learn it is not ours).
        terms.putAll(deliveryTerms(unknown));
        return terms;
    }

    /** {@link #servicePoints()}, kept a short while for what residents are shown (as {@link #recentDeliveryTerms}). */
    public List<ShopSummary> recentServicePoints() {
        return kept.get(ShopCaches.Area.SERVICE_POINTS, () -> List.copyOf(servicePoints()));
    }

    public DeliveryTerms deliveryTerms(long shopId) {
        DeliveryTerms terms = deliveryTerms(List.of(shopId)).get(shopId);
        if (terms == null) {
            throw new ShopNotFoundException(shopId);
        }
        return terms;
    }

    /** The shop's organisation number and its home-delivery agreement with the municipality (each may be null). */
    public ContractDetails contract(long shopId) {
        Shop shop = tenantEm.current().find(Shop.class, shopId);
        if (shop == null) {
            throw new ShopNotFoundException(shopId);
        }
        return new ContractDetails(shop.organisationNumber(), shop.subsidyAgreement());
    }

    /** The municipality's open service points, where residents can pick up orders of any shop. */
    public List<ShopSummary> servicePoints() {
        return tenantEm.current().createQuery(SUMMARY + " AND s.servicePoint = TRUE"
                + " AND s.status = se.egalleria.shop.domain.ShopStatus.APPROVED ORDER BY s.name, s.id",
                ShopSummary.class).getResultList();
    }

    private static DeliveryTerms terms(Shop s) {
        return new DeliveryTerms(s.id(), s.name(), s.offersHomeDelivery(), s.deliveryVillageIds(), s.routeDays(),
                s.minimumOrderOre(), s.offersShopPickup(), s.isServicePoint());
    }
}
