package se.egalleria.catalog.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.egalleria.shop.application.ShopRegistry;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.MunicipalitySummary;

/**
 * At start: every municipality without a category tree gets the starting one, and shops without
 * products get those of {@code tenant-config/<municipality>/products/<shop code>.csv}, if any
 * (the same file format shops import). A broken file stops the start, naming file and lines.
 */
@Singleton
@Startup
@DependsOn("TenantConfigLoader")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogueBootstrap {

    private static final Logger LOG = Logger.getLogger(CatalogueBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "egalleria.tenant-config.dir")
    private String configDir;

    @Inject
    private MunicipalityDirectory municipalities;

    @Inject
    private CategoryTree categories;

    @Inject
    private ShopRegistry shops;

    @Inject
    private ProductImport products;

    @PostConstruct
    void bootstrap() {
        int seeded = 0;
        for (MunicipalitySummary municipality : municipalities.listActive()) {
            categories.ensureDefaults(municipality.slug());
            for (Path file : productFiles(municipality.slug())) {
                String code = file.getFileName().toString().replaceFirst("\\.csv$", "");
                String name = "tenant-config/" + municipality.slug() + "/products/" + file.getFileName();
                long shopId = shops.idByCode(municipality.slug(), code).orElseThrow(() -> new IllegalStateException(
                        name + ": no shop with the code '" + code + "' in shops.yaml"));
                seeded += products.seedIfEmpty(municipality.slug(), shopId, name, read(file));
            }
        }
        int created = seeded;
        LOG.info(() -> "Catalogue ready; " + created + " products created from tenant-config now");
    }

    private List<Path> productFiles(String slug) {
        Path folder = Path.of(configDir).resolve(slug).resolve("products");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
