package se.egalleria.region.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import se.egalleria.region.domain.Region;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.domain.Municipality;

/**
 * A regional gallery, for everyone: the shops and services of its open member municipalities,
 * together. The one deliberate place where one request reads several tenants: read-only, each
 * member through its own tenant-scoped EntityManager ({@link MemberGalleryReader}), never by
 * loosening the tenant filter. Everything listed links into its own municipality's gallery, where
 * baskets, checkout and orders stay under that municipality and its rules.
 */
@Stateless
public class RegionalGallery {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private MemberGalleryReader members;

    /** The region with its open members (suspended municipalities are left out), by name. */
    public RegionSummary region(String slug) {
        Region region = tenantEm.platform().createNamedQuery(Region.BY_SLUG, Region.class)
                .setParameter("slug", slug == null ? "" : slug).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("error.region.unknown", String.valueOf(slug)));
        List<RegionSummary.Member> open = region.members().isEmpty() ? List.of() : tenantEm.platform()
                .createQuery("SELECT m FROM Municipality m WHERE m.slug IN :slugs AND m.active = TRUE"
                        + " ORDER BY m.name, m.id", Municipality.class)
                .setParameter("slugs", region.members()).getResultStream()
                .map(m -> new RegionSummary.Member(m.slug(), m.name(), m.county())).toList();
        return new RegionSummary(region.slug(), region.name(), open);
    }

    /** Every region, for the platform's start page. */
    public List<RegionSummary> list() {
        return tenantEm.platform().createNamedQuery(Region.ALL, Region.class).getResultStream()
                .map(r -> region(r.slug())).toList();
    }

    /** The members' shops, member by member (by municipality name), each member's by shop name. */
    public List<RegionalShop> shops(String slug) {
        List<RegionalShop> shops = new ArrayList<>();
        for (RegionSummary.Member member : region(slug).members()) {
            for (Object[] row : members.shops(member.slug())) {
                shops.add(new RegionalShop(member.slug(), member.name(), (Long) row[0], (String) row[1],
                        (String) row[2], (String) row[3]));
            }
        }
        return shops;
    }

    /** The members' visible services, in the same order. */
    public List<RegionalService> services(String slug) {
        List<RegionalService> services = new ArrayList<>();
        for (RegionSummary.Member member : region(slug).members()) {
            for (Object[] row : members.services(member.slug())) {
                services.add(new RegionalService(member.slug(), member.name(), (Long) row[0], (String) row[1],
                        (String) row[2], (Long) row[3], (String) row[4]));
            }
        }
        return services;
    }
}
