package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import se.egalleria.account.application.Access;
import se.egalleria.catalog.domain.ServiceListing;
import se.egalleria.catalog.domain.ServiceSlot;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.shop.domain.Shop;

/**
 * What residents see of the service listings (laundry, parcel pickup, the shopping bus): visible
 * ones of open shops, searched like products, and their coming slots. A hidden service (or one of
 * a shop awaiting approval or suspended) is still there for the staff of its shop.
 */
@Stateless
public class ServiceCatalogue {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private ShopDirectory shops;

    /**
     * Visible services; words as in product search. With words, names starting with the first
     * word come first, then names containing it, then description matches; then by name.
     */
    public Page<ServiceSummary> search(String text, Long shopId, PageRequest page) {
        EntityManager em = tenantEm.current();
        WordSearch words = WordSearch.of(text);
        String where = " FROM ServiceListing s WHERE s.visible = TRUE AND s.shopId IN (" + Shop.OPEN_IDS + ")"
                + (shopId == null ? "" : " AND s.shopId = :shopId")
                + words.conditions("s.name", "s.description");
        String order = words.isEmpty() ? " ORDER BY s.name, s.id"
                : " ORDER BY " + words.relevance("s.name") + ", s.name, s.id";
        long total = shop(words.bind(em.createQuery("SELECT COUNT(s)" + where, Long.class)), shopId).getSingleResult();
        if (total <= page.offset()) {
            return new Page<>(List.of(), page.page(), page.size(), total);
        }
        TypedQuery<ServiceListing> list = shop(words.bind(em.createQuery("SELECT s" + where + order,
                ServiceListing.class)), shopId);
        if (!words.isEmpty()) {
            words.bindRelevance(list);
        }
        List<ServiceListing> services = list.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, String> shopNames = services.isEmpty() ? Map.of() : shops.namesById();
        return new Page<>(services.stream().map(s -> ServiceMapping.summary(s, shopNames.get(s.shopId()))).toList(),
                page.page(), page.size(), total);
    }

    /** One service: a visible one for everyone, a hidden one for the staff of its shop only. */
    public ServiceSummary get(long serviceId) {
        ServiceListing service = readable(serviceId);
        return ServiceMapping.summary(service, shops.get(service.shopId()).name());
    }

    /** The coming slots (at most 100) with the seats left. */
    public List<SlotSummary> upcomingSlots(long serviceId) {
        readable(serviceId);
        return tenantEm.current().createNamedQuery(ServiceSlot.UPCOMING_OF_SERVICE, ServiceSlot.class)
                .setParameter("serviceId", serviceId).setParameter("from", Instant.now()).setMaxResults(100)
                .getResultStream().map(ServiceMapping::slot).toList();
    }

    private ServiceListing readable(long serviceId) {
        ServiceListing service = ServiceMapping.existing(tenantEm.current(), serviceId);
        if ((!service.isVisible() || !shops.isOpen(service.shopId())) && !access.mayManageShop(service.shopId())) {
            throw new NotFoundException("error.service.notFound", serviceId);
        }
        return service;
    }

    private static <T> TypedQuery<T> shop(TypedQuery<T> q, Long shopId) {
        return shopId == null ? q : q.setParameter("shopId", shopId);
    }
}
