package se.egalleria.catalog.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.MunicipalitySummary;

/** At start, every municipality without a category tree gets the starting one. */
@Singleton
@Startup
@DependsOn("TenantConfigLoader")
public class CatalogueBootstrap {

    @Inject
    private MunicipalityDirectory municipalities;

    @Inject
    private CategoryTree categories;

    @PostConstruct
    void bootstrap() {
        for (MunicipalitySummary municipality : municipalities.listActive()) {
            categories.ensureDefaults(municipality.slug());
        }
    }
}
