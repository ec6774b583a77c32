package se.egalleria.tenancy.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import se.egalleria.shared.cache.TenantReferenceCache;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.domain.Municipality;
import se.egalleria.tenancy.domain.SubsidyRules;
import se.egalleria.tenancy.domain.TripSubsidyRules;
import se.egalleria.tenancy.domain.Village;

/**
 * Which municipalities exist, which one a host name belongs to, and what each one looks like.
 * Every request asks for its host's municipality and most pages for its profile: both are kept in
 * memory for a short while ({@link TenantReferenceCache}), and forgotten when a municipality's
 * configuration is written ({@link #changed()}).
 */
@Stateless
public class MunicipalityDirectory {

    private static final String HOSTS = "municipality-host";
    private static final String ACTIVE = "municipality-active";
    private static final String PROFILES = "municipality-profile";
    private static final String SUBSIDY_RULES = "municipality-subsidy-rules";
    private static final String TRIP_RULES = "municipality-trip-rules";

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private TenantReferenceCache cache;

    @Inject
    private TenantContext tenantContext;

    /** The active municipality serving this host name (lower-case, without port). */
    public Optional<String> slugForHost(String host) {
        return cache.getFor(HOSTS, host, () -> tenantEm.platform()
                .createNamedQuery(Municipality.SLUG_BY_HOST, String.class)
                .setParameter("host", host)
                .getResultStream()
                .findFirst());
    }

    public boolean isActive(String slug) {
        return cache.getFor(ACTIVE, slug, () -> findBySlug(slug).filter(Municipality::isActive).map(m -> true))
                .isPresent();
    }

    /** A municipality's configuration was written: what is kept of any municipality is read again. */
    public void changed() {
        for (String area : List.of(HOSTS, ACTIVE, PROFILES, SUBSIDY_RULES, TRIP_RULES)) {
            cache.changedAll(area);
        }
    }

    /** The current municipality's fee or subsidy rules changed: its profile and rules are read again. */
    public void deliveryRulesChanged() {
        cache.changed(PROFILES);
        cache.changed(SUBSIDY_RULES);
        cache.changed(TRIP_RULES);
    }

    /**
     * The current municipality's branding, contact details or villages were changed: its profile
     * (which holds them) is read again, at once on this node and again when the transaction ends.
     */
    public void profileChanged() {
        cache.changed(PROFILES);
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
        return cache.get(PROFILES, this::loadCurrent);
    }

    private MunicipalityProfile loadCurrent() {
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
        return cache.get(SUBSIDY_RULES, this::loadSubsidyRules);
    }

    private SubsidySettings loadSubsidyRules() {
        String slug = tenantContext.require();
        Municipality m = findBySlug(slug).orElseThrow(() -> new UnknownMunicipalityException(slug));
        SubsidyRules r = m.subsidyRules();
        return new SubsidySettings(r.paymentPerDeliveryOre(), m.homeDelivery().feeOre(), r.minimumOrderOre(),
                r.minimumDistanceMeters(), r.maxPerHouseholdPerWeek(), r.stateCapPerDeliveryOre(),
                r.priceBaseAmountOre());
    }

    /** The current municipality's rules for shopping trips. */
    public TripSubsidySettings currentTripRules() {
        return cache.get(TRIP_RULES, () -> {
            String slug = tenantContext.require();
            TripSubsidyRules r = findBySlug(slug).orElseThrow(() -> new UnknownMunicipalityException(slug))
                    .tripRules();
            return new TripSubsidySettings(r.subsidyPerTripOre(), r.requiresApproval(), r.maxPerHouseholdPerWeek());
        });
    }

    /** The current municipality's name, e.g. for e-mails. */
    public String currentName() {
        return current().name();
    }

    /** The current municipality's logo, if it has one. */
    public Optional<Logo> currentLogo() {
        return findBySlug(tenantContext.require())
                .filter(m -> m.branding().logoContentType() != null)
                .map(m -> new Logo(m.branding().logo(), m.branding().logoContentType(), m.version()));
    }

    private Optional<Municipality> findBySlug(String slug) {
        // Asked only when the reference cache has no answer (see the class comment).
        return tenantEm.platform().createNamedQuery(Municipality.BY_SLUG, Municipality.class)
                .setParameter("slug", slug)
                .setHint(QueryHints.QUERY_RESULTS_CACHE, Boolean.TRUE)
                .getResultStream()
                .findFirst();
    }

    /**
     * Whether the host name (or, for /g/{slug}/ addresses, the slug) belongs to a municipality the
     * operator suspended: its gallery answers "closed" rather than "no such gallery". Asked only for
     * requests no active municipality answered, so it is not kept in memory.
     */
    public boolean isSuspended(String host, String pathSlug) {
        Optional<String> slug = pathSlug != null ? Optional.of(pathSlug)
                : tenantEm.platform().createNamedQuery(Municipality.OWNER_OF_HOST, String.class)
                        .setParameter("host", host).getResultStream().findFirst();
        return slug.flatMap(this::findBySlug).filter(m -> !m.isActive()).isPresent();
    }
}
