package se.egalleria.tenancy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.tenancy.config.TenantConfigFixture.minimal;
import static se.egalleria.tenancy.config.TenantConfigFixture.replace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with whole files and folders, across municipalities, and how they are reported together. */
class TenantConfigReaderFileProblemsTest {

    @TempDir
    Path tempDir;

    private TenantConfigFixture config() {
        return new TenantConfigFixture(tempDir);
    }

    @Test
    void invalidYamlNamesTheLine() {
        String broken = replace(minimal("arjeplog"), "county: Norrbottens län", "county: [Norrbottens län");
        List<ConfigProblem> problems = config().write("arjeplog", "municipality.yaml", broken).problems();

        assertEquals(1, problems.size());
        ConfigProblem problem = problems.get(0);
        assertEquals("tenant-config/arjeplog/municipality.yaml", problem.file());
        assertEquals("", problem.field());
        assertTrue(problem.message().startsWith("is not valid YAML at line 4, column "), problem.message());
    }

    @Test
    void documentMustBeAMapping() {
        assertEquals(List.of(new ConfigProblem("tenant-config/arjeplog/municipality.yaml", "",
                        "must be a YAML document of fields")),
                config().write("arjeplog", "municipality.yaml", "- just\n- a list\n").problems());
    }

    @Test
    void hostMayServeOnlyOneMunicipality() {
        List<ConfigProblem> problems = config()
                .municipality("arjeplog", "[arjeplog.localhost]", "[arjeplog.localhost, shared.e-galleria.se]")
                .municipality("harjedalen", "[harjedalen.localhost]", "[Shared.E-Galleria.se]")
                .problems();

        assertEquals(List.of(new ConfigProblem("tenant-config/harjedalen/municipality.yaml", "hosts",
                "'shared.e-galleria.se' is already the host of arjeplog")), problems);
    }

    @Test
    void municipalityFileMustExist() {
        List<ConfigProblem> problems = config().write("arjeplog", "shops.yaml", TenantConfigFixture.ONE_SHOP).problems();

        assertEquals(List.of(new ConfigProblem("tenant-config/arjeplog/municipality.yaml", "", "is missing")), problems);
    }

    @Test
    void emptyRootHoldsNoMunicipality() {
        TenantConfigFixture config = config();

        assertEquals(List.of(new ConfigProblem(config.root().toString(), "", "holds no municipality folder")),
                config.problems());
    }

    @Test
    void rootMustBeADirectory() throws IOException {
        Path file = Files.writeString(tempDir.resolve("tenant-config.yaml"), "slug: arjeplog\n");

        InvalidTenantConfigException e = assertThrows(InvalidTenantConfigException.class,
                () -> TenantConfigReader.readAll(file));

        assertEquals(List.of(new ConfigProblem(file.toString(), "",
                "is not a directory (set egalleria.tenant-config.dir or EGALLERIA_TENANT_CONFIG_DIR)")), e.problems());
    }

    @Test
    void missingRootIsNotADirectory() {
        Path missing = tempDir.resolve("nowhere");

        InvalidTenantConfigException e = assertThrows(InvalidTenantConfigException.class,
                () -> TenantConfigReader.readAll(missing));

        assertEquals(1, e.problems().size());
        assertEquals(missing.toString(), e.problems().get(0).file());
    }

    @Test
    void reportsEveryProblemInEveryFolderAtOnce() {
        String arjeplog = replace(minimal("arjeplog"), "\"#1d4f6e\"", "blue");
        arjeplog = replace(arjeplog, "latitude: 66.0833", "latitude: 95.5");
        TenantConfigFixture config = config()
                .write("arjeplog", "municipality.yaml", arjeplog)
                .write("arjeplog", "shops.yaml", replace(TenantConfigFixture.ONE_SHOP, "village: Arjeplog", "village: Storby"))
                .municipality("harjedalen", "feeOre: 2000", "feeOre: 20.5")
                .municipality("ornskoldsvik");

        InvalidTenantConfigException e = assertThrows(InvalidTenantConfigException.class, config::read);

        List<ConfigProblem> expected = List.of(
                new ConfigProblem("tenant-config/arjeplog/municipality.yaml", "branding.primaryColor",
                        "must be a colour written #rrggbb, was 'blue'"),
                new ConfigProblem("tenant-config/arjeplog/municipality.yaml", "villages[1].latitude",
                        "must be between -90.0 and 90.0, was 95.5"),
                new ConfigProblem("tenant-config/arjeplog/shops.yaml", "shops[0].village",
                        "'Storby' is not one of the villages in municipality.yaml"),
                new ConfigProblem("tenant-config/harjedalen/municipality.yaml", "homeDelivery.feeOre",
                        "must be a whole number, was '20.5'"));
        assertEquals(expected, e.problems());
        assertEquals("""
                tenant-config is invalid (4 problem(s)):
                  - tenant-config/arjeplog/municipality.yaml: branding.primaryColor: must be a colour written #rrggbb, was 'blue'
                  - tenant-config/arjeplog/municipality.yaml: villages[1].latitude: must be between -90.0 and 90.0, was 95.5
                  - tenant-config/arjeplog/shops.yaml: shops[0].village: 'Storby' is not one of the villages in municipality.yaml
                  - tenant-config/harjedalen/municipality.yaml: homeDelivery.feeOre: must be a whole number, was '20.5'""",
                e.getMessage());
    }

    @Test
    void problemWithoutFieldPrintsFileAndMessageOnly() {
        assertEquals("tenant-config/arjeplog/municipality.yaml: is missing",
                new ConfigProblem("tenant-config/arjeplog/municipality.yaml", "", "is missing").toString());
    }
}
