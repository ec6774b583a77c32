package se.egalleria.region.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.domain.Shop;

/**
 * Reads one member municipality's public storefront data for {@link RegionalGallery}. Each call is a
 * transaction of its own, so each member is read by an EntityManager carrying that member's tenant
 * from its first query (the tenant of an EntityManager is never switched half-way), and nothing is
 * written. Not for use outside regional galleries.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MemberGalleryReader {

    /** A region shows small municipalities; a page of this many per member is enough (see the README). */
    static final int MAX_PER_MEMBER = 200;

    @Inject
    private TenantEntityManager tenantEm;

    /** The member's open shops with their villages, by name (a suspended shop sells nothing). */
    public List<Object[]> shops(String memberSlug) {
        return tenantEm.forTenant(memberSlug)
                .createQuery("SELECT s.id, s.name, v.name, s.description FROM Shop s, Village v"
                        + " WHERE v.id = s.villageId AND s.id IN (" + Shop.OPEN_IDS + ") ORDER BY s.name, s.id",
                        Object[].class)
                .setMaxResults(MAX_PER_MEMBER).getResultList();
    }

    /** The member's visible services of open shops, with their shops' names, by name. */
    public List<Object[]> services(String memberSlug) {
        EntityManager em = tenantEm.forTenant(memberSlug);
        List<Object[]> services = em.createQuery("SELECT s.id, s.name, s.description, s.shopId FROM ServiceListing s"
                + " WHERE s.visible = TRUE AND s.shopId IN (" + Shop.OPEN_IDS + ") ORDER BY s.name, s.id", Object[].class)
                .setMaxResults(MAX_PER_MEMBER).getResultList();
        Map<Long, String> shopNames = em.createQuery("SELECT s.id, s.name FROM Shop s", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        return services.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], shopNames.get((Long) r[3])}).toList();
    }
}
