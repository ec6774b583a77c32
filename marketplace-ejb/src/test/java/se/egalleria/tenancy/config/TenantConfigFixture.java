package se.egalleria.tenancy.config;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a tenant-config/ folder below a JUnit temporary directory: a valid minimal
 * municipality.yaml that each test breaks in one place. Shared by the reader tests.
 */
final class TenantConfigFixture {

    /** Smallest valid municipality.yaml; %1$s is the slug. */
    private static final String MINIMAL = """
            slug: %1$s
            name: Arjeplog
            county: Norrbottens län
            defaultLocale: sv
            hosts: [%1$s.localhost]
            branding:
              primaryColor: "#1d4f6e"
              accentColor: "#9c3d10"
              welcome:
                sv: Välkommen till byarnas butiker
                en: Welcome to the village shops
            homeDelivery:
              feeOre: 2000
              eligible: [PENSIONER, NO_CAR]
            villages:
              - { name: Arjeplog, latitude: 66.0517, longitude: 17.8861, households: 1100 }
              - { name: Laisvall, latitude: 66.0833, longitude: 17.1667 }
            """;

    static final String ONE_SHOP = """
            shops:
              - code: fjallboden
                name: Fjällboden Lanthandel
                village: Arjeplog
                phone: "0961-100 01"
                email: fjallboden@example.se
            """;

    private final Path root;

    TenantConfigFixture(Path tempDir) {
        root = tempDir.resolve("tenant-config");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    static String minimal(String slug) {
        return MINIMAL.formatted(slug);
    }

    /** Replaces text that must be there, so a typo in a test cannot silently test nothing. */
    static String replace(String yaml, String from, String to) {
        assertTrue(yaml.contains(from), () -> "fixture does not contain '" + from + "'");
        return yaml.replace(from, to);
    }

    /** Writes the minimal municipality.yaml for {@code slug}, with one piece of text replaced. */
    TenantConfigFixture municipality(String slug, String from, String to) {
        return write(slug, TenantConfigReader.MUNICIPALITY_FILE, replace(minimal(slug), from, to));
    }

    TenantConfigFixture municipality(String slug) {
        return write(slug, TenantConfigReader.MUNICIPALITY_FILE, minimal(slug));
    }

    TenantConfigFixture write(String slug, String fileName, String content) {
        return write(slug, fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    TenantConfigFixture write(String slug, String fileName, byte[] content) {
        try {
            Path folder = Files.createDirectories(root.resolve(slug));
            Files.write(folder.resolve(fileName), content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<MunicipalityConfig> read() {
        return TenantConfigReader.readAll(root);
    }

    /** Reads, expecting failure, and returns what was reported. */
    List<ConfigProblem> problems() {
        return assertThrows(InvalidTenantConfigException.class, this::read).problems();
    }
}
