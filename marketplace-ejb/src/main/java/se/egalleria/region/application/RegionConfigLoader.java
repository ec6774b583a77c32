package se.egalleria.region.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.config.InvalidTenantConfigException;
import se.egalleria.tenancy.config.RegionConfig;
import se.egalleria.tenancy.config.RegionConfigReader;
import se.egalleria.tenancy.domain.Municipality;

/**
 * Loads tenant-config/regions.yaml at start-up, after the municipalities (its members must exist,
 * operator-created ones included). An invalid file fails the deployment, as an invalid folder does.
 */
@Singleton
@Startup
@DependsOn("TenantConfigLoader")
public class RegionConfigLoader {

    private static final Logger LOG = Logger.getLogger(RegionConfigLoader.class.getName());

    @Inject
    @ConfigProperty(name = "egalleria.tenant-config.dir")
    private String configDir;

    @Inject
    private RegionAdministration regions;

    @Inject
    private TenantEntityManager tenantEm;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        Path root = Path.of(configDir).toAbsolutePath().normalize();
        Set<String> municipalities = new HashSet<>(tenantEm.platform()
                .createQuery("SELECT m.slug FROM Municipality m", String.class).getResultList());
        List<RegionConfig> configs;
        try {
            configs = RegionConfigReader.read(root, municipalities);
        } catch (InvalidTenantConfigException e) {
            LOG.log(Level.SEVERE, "{0}\nThe gallery does not start until {1} is corrected.",
                    new Object[] {e.getMessage(), root.resolve(RegionConfigReader.REGIONS_FILE)});
            throw e;
        }
        configs.forEach(regions::configure);
        LOG.info(() -> "Loaded " + configs.size() + " regional galleries from " + root);
    }
}
