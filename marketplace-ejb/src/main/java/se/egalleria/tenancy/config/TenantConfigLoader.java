package se.egalleria.tenancy.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.egalleria.shop.application.ShopRegistration;
import se.egalleria.shop.application.ShopRegistry;

/**
 * Loads tenant-config/ at start-up: validates every folder first, then writes each municipality
 * in its own transaction. An invalid folder fails the deployment, with every problem logged.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantConfigLoader {

    private static final Logger LOG = Logger.getLogger(TenantConfigLoader.class.getName());

    @Inject
    @ConfigProperty(name = "egalleria.tenant-config.dir")
    private String configDir;

    @Inject
    private TenantConfigImporter importer;

    @Inject
    private ShopRegistry shopRegistry;

    @PostConstruct
    void load() {
        Path root = Path.of(configDir).toAbsolutePath().normalize();
        List<MunicipalityConfig> municipalities;
        try {
            municipalities = TenantConfigReader.readAll(root);
        } catch (InvalidTenantConfigException e) {
            LOG.log(Level.SEVERE, "{0}\nThe gallery does not start until {1} is corrected.",
                    new Object[] {e.getMessage(), root});
            throw e;
        }
        for (MunicipalityConfig municipality : municipalities) {
            importer.importMunicipality(municipality);
            shopRegistry.registerMissing(municipality.slug(), municipality.shops().stream()
                    .map(s -> new ShopRegistration(s.code(), s.name(), s.village(), s.description(),
                            s.openingHours(), s.phone(), s.email(), homeDelivery(s.homeDelivery()), s.servicePoint(),
                            s.organisationNumber(), s.subsidyAgreement()))
                    .toList());
        }
        LOG.info(() -> "Loaded " + municipalities.size() + " municipalities from " + root + ": "
                + municipalities.stream().map(MunicipalityConfig::slug).collect(Collectors.joining(", ")));
    }

    private static ShopRegistration.HomeDelivery homeDelivery(MunicipalityConfig.ShopDelivery d) {
        return d == null ? null : new ShopRegistration.HomeDelivery(d.villages(), d.routeDays(), d.minimumOrderOre());
    }
}
