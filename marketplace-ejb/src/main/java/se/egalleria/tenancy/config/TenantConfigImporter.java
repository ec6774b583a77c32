package se.egalleria.tenancy.config;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Supplier;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.application.CarrierDirectory;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.domain.Branding;
import se.egalleria.tenancy.domain.Carrier;
import se.egalleria.tenancy.domain.ContactDetails;
import se.egalleria.tenancy.domain.HomeDeliverySettings;
import se.egalleria.tenancy.domain.Municipality;
import se.egalleria.tenancy.domain.SubsidyRules;
import se.egalleria.tenancy.domain.Village;

/**
 * Writes one municipality's configuration to the database, in one transaction. Idempotent: it
 * updates what exists (by slug, village name, carrier code) and adds what is new. Villages and
 * carriers dropped from the file stay, because orders and delivery runs will refer to them.
 */
@Stateless
public class TenantConfigImporter {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private MunicipalityDirectory municipalities;

    @Inject
    private CarrierDirectory carriers;

    public void importMunicipality(MunicipalityConfig config) {
        EntityManager em = tenantEm.forTenant(config.slug());
        Municipality municipality = findOrPersist(em, em.createNamedQuery(Municipality.BY_SLUG, Municipality.class)
                .setParameter("slug", config.slug()), () -> new Municipality(config.slug(), config.name()));
        MunicipalityConfig.Branding b = config.branding();
        municipality.configure(config.name(), config.county(), config.defaultLocale(), config.hosts(),
                new Branding(b.primaryColor(), b.accentColor(), b.welcomeSv(), b.welcomeEn(), b.logo(),
                        b.logoContentType()),
                new ContactDetails(config.contact().email(), config.contact().phone()),
                // Rules the administrator has set in the console win over the file's starting values.
                municipality.deliveryRulesSetInConsole() ? municipality.homeDelivery()
                        : new HomeDeliverySettings(config.homeDelivery().feeOre(), config.homeDelivery().eligible()));
        MunicipalityConfig.Subsidy subsidy = config.homeDelivery().subsidy();
        if (!municipality.deliveryRulesSetInConsole()) {
            municipality.governSubsidyBy(new SubsidyRules(subsidy.paymentPerDeliveryOre(), subsidy.minimumOrderOre(),
                    subsidy.minimumDistanceMeters(), subsidy.maxPerHouseholdPerWeek(),
                    subsidy.stateCapPerDeliveryOre(), subsidy.priceBaseAmountOre()));
        }
        // The tenant rows below refer to the municipality's slug.
        em.flush();
        municipalities.changed();

        // Once the administrator manages the villages in the console, the file's list would bring
        // back removed villages and old names: it only seeds a municipality's villages.
        for (MunicipalityConfig.Village v : municipality.villagesSetInConsole() ? List.<MunicipalityConfig.Village>of()
                : config.villages()) {
            Village village = findOrPersist(em, em.createNamedQuery(Village.BY_NAME, Village.class)
                    .setParameter("name", v.name()), () -> new Village(v.name()));
            village.place(v.latitude(), v.longitude(), v.households());
        }
        for (MunicipalityConfig.Carrier c : municipality.carriersSetInConsole() ? List.<MunicipalityConfig.Carrier>of()
                : config.carriers()) {
            Carrier carrier = findOrPersist(em, em.createNamedQuery(Carrier.BY_CODE, Carrier.class)
                    .setParameter("code", c.code()), () -> new Carrier(c.code()));
            carrier.describe(c.name(), c.mode(), c.phone());
            carrier.contract(c.organisationNumber(), c.subsidyAgreement());
        }
        carriers.changed(config.slug());
    }

    private static <T> T findOrPersist(EntityManager em, TypedQuery<T> existing, Supplier<T> create) {
        return existing.getResultStream().findFirst().orElseGet(() -> {
            T created = create.get();
            em.persist(created);
            return created;
        });
    }
}
