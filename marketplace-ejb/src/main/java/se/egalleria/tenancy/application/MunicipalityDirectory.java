package se.egalleria.tenancy.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.domain.Municipality;
import se.egalleria.tenancy.domain.SubsidyRules;
import se.egalleria.tenancy.domain.Village;

/** Which municipalities exist, which one a host name belongs to, and what each one looks like. */
@Stateless
public class MunicipalityDirectory {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private TenantContext tenantContext;

    /** The active municipality serving this host name (lower-case, without port). */
    public Optional<String> slugForHost(String host) {
        // Asked on every request: EclipseLink keeps the answer until a municipality changes.
        return tenantEm.platform().createNamedQuery(Municipality.SLUG_BY_HOST, String.class)
                .setParameter("host", host)
                .setHint(QueryHints.QUERY_RESULTS_CACHE, Boolean.TRUE)
                .getResultStream()
                .findFirst();
    }

    public boolean isActive(String slug) {
        return findBySlug(slug).filter(Municipality::isActive).isPresent();
    }

    public List<MunicipalitySummary> listActive() {
        return tenantEm.platform().createNamedQuery(Municipality.ALL_ACTIVE, Municipality.class)
                .getResultStream()
                .map(m -> new MunicipalitySummary(m.slug(), m.name(), m.county(),
                        m.hostNames().stream().sorted().toList(), m.branding().primaryColor()))
                .toList();
    }

    /** The municipality of the current request. */
    public MunicipalityProfile current() {
        String slug = tenantContext.require();
        Municipality m = findBySlug(slug).orElseThrow(() -> new UnknownMunicipalityException(slug));
        EntityManager em = tenantEm.forTenant(slug);
        List<VillageSummary> villages = em.createNamedQuery(Village.ALL, Village.class).getResultStream()
                .map(v -> new VillageSummary(v.id(), v.name(), v.latitude(), v.longitude(), v.households()))
                .toList();
        return new MunicipalityProfile(m.slug(), m.name(), m.county(), m.defaultLocale(),
                m.branding().primaryColor(), m.branding().accentColor(), m.branding().welcomeTextSv(),
                m.branding().welcomeTextEn(), m.branding().logoContentType() != null,
                m.contact() == null ? null : m.contact().email(), m.contact() == null ? null : m.contact().phone(),
                m.homeDelivery().feeOre(),
                m.homeDelivery().eligibleGroups().stream().map(Enum::name).collect(Collectors.toSet()),
                villages);
    }

    /** The current municipality's home-delivery subsidy rules. */
    public SubsidySettings currentSubsidyRules() {
        String slug = tenantContext.require();
        Municipality m = findBySlug(slug).orElseThrow(() -> new UnknownMunicipalityException(slug));
        SubsidyRules r = m.subsidyRules();
        return new SubsidySettings(r.paymentPerDeliveryOre(), m.homeDelivery().feeOre(), r.minimumOrderOre(),
                r.minimumDistanceMeters(), r.maxPerHouseholdPerWeek(), r.stateCapPerDeliveryOre(),
                r.priceBaseAmountOre());
    }

    /** The current municipality's name, e.g. for e-mails. */
    public String currentName() {
        String slug = tenantContext.require();
        return findBySlug(slug).map(Municipality::name).orElseThrow(() -> new UnknownMunicipalityException(slug));
    }

    /** The current municipality's logo, if it has one. */
    public Optional<Logo> currentLogo() {
        return findBySlug(tenantContext.require())
                .filter(m -> m.branding().logoContentType() != null)
                .map(m -> new Logo(m.branding().logo(), m.branding().logoContentType(), m.version()));
    }

    private Optional<Municipality> findBySlug(String slug) {
        // Asked several times per page (tenant of a /g/ path, branding, e-mails): cached until a municipality changes.
        return tenantEm.platform().createNamedQuery(Municipality.BY_SLUG, Municipality.class)
                .setParameter("slug", slug)
                .setHint(QueryHints.QUERY_RESULTS_CACHE, Boolean.TRUE)
                .getResultStream()
                .findFirst();
    }
}
