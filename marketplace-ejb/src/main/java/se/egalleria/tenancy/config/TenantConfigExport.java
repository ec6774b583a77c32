package se.egalleria.tenancy.config;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.domain.Shop;
import se.egalleria.tenancy.domain.Branding;
import se.egalleria.tenancy.domain.Carrier;
import se.egalleria.tenancy.domain.Municipality;
import se.egalleria.tenancy.domain.SubsidyRules;
import se.egalleria.tenancy.domain.Village;

/**
 * A municipality as it stands in the database, as the {@link MunicipalityConfig} that
 * {@link TenantConfigImporter} would write: the way back from the database to tenant-config/.
 * Callers check who asks; this reads the named municipality only.
 */
@Stateless
public class TenantConfigExport {

    // Shops keep these without getters (the storefront reads them as ShopSummary records).
    private static final String SHOP_TEXTS = "SELECT s.code, s.description, s.openingHours, s.phone, s.email FROM Shop s";

    @Inject
    private TenantEntityManager tenantEm;

    public Optional<MunicipalityConfig> of(String slug) {
        EntityManager em = tenantEm.forTenant(slug);
        return em.createNamedQuery(Municipality.BY_SLUG, Municipality.class).setParameter("slug", slug)
                .getResultStream().findFirst().map(m -> config(em, m));
    }

    private static MunicipalityConfig config(EntityManager em, Municipality m) {
        List<Village> villages = em.createNamedQuery(Village.ALL, Village.class).getResultList();
        Map<Long, String> villageNames = villages.stream().collect(Collectors.toMap(Village::id, Village::name));
        Branding b = m.branding();
        SubsidyRules r = m.subsidyRules();
        return new MunicipalityConfig(m.slug(), m.name(), m.county(), m.defaultLocale(), m.hostNames(),
                new MunicipalityConfig.Branding(b.primaryColor(), b.accentColor(), b.welcomeTextSv(), b.welcomeTextEn(),
                        b.logo(), b.logoContentType()),
                new MunicipalityConfig.Contact(m.contact() == null ? null : m.contact().email(),
                        m.contact() == null ? null : m.contact().phone()),
                new MunicipalityConfig.HomeDelivery(m.homeDelivery().feeOre(), m.homeDelivery().eligibleGroups(),
                        new MunicipalityConfig.Subsidy(r.paymentPerDeliveryOre(), r.minimumOrderOre(),
                                r.minimumDistanceMeters(), r.maxPerHouseholdPerWeek(), r.stateCapPerDeliveryOre(),
                                r.priceBaseAmountOre())),
                villages.stream().map(v -> new MunicipalityConfig.Village(v.name(), v.latitude(), v.longitude(),
                        v.households())).toList(),
                em.createNamedQuery(Carrier.ALL, Carrier.class).getResultStream()
                        .map(c -> new MunicipalityConfig.Carrier(c.code(), c.name(), c.mode(), c.phone(),
                                c.organisationNumber(), c.subsidyAgreement()))
                        .toList(),
                shops(em, villageNames));
    }

    private static List<MunicipalityConfig.Shop> shops(EntityManager em, Map<Long, String> villageNames) {
        Map<String, Object[]> texts = em.createQuery(SHOP_TEXTS, Object[].class).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], Function.identity()));
        return em.createQuery("SELECT s FROM Shop s ORDER BY s.code", Shop.class).getResultStream().map(s -> {
            Object[] t = texts.get(s.code());
            MunicipalityConfig.ShopDelivery delivery = s.offersHomeDelivery()
                    ? new MunicipalityConfig.ShopDelivery(s.deliveryVillageIds().stream().map(villageNames::get)
                            .collect(Collectors.toSet()), s.routeDays(), s.minimumOrderOre())
                    : null;
            return new MunicipalityConfig.Shop(s.code(), s.name(), villageNames.get(s.villageId()), (String) t[1],
                    (String) t[2], (String) t[3], (String) t[4], delivery, s.isServicePoint(), s.organisationNumber(),
                    s.subsidyAgreement());
        }).toList();
    }
}
