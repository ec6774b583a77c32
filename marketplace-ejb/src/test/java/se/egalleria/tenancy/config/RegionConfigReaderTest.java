package se.egalleria.tenancy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tenant-config/regions.yaml: regional galleries naming their member municipalities. */
class RegionConfigReaderTest {

    private static final Set<String> MUNICIPALITIES = Set.of("arjeplog", "harjedalen", "ornskoldsvik");

    @Test
    void theShippedDemoRegionSpansTheDemoMunicipalities() {
        assertEquals(List.of(new RegionConfig("norrland", "Norrland", List.of("arjeplog", "harjedalen", "ornskoldsvik"))),
                RegionConfigReader.read(Path.of("..", "tenant-config"), MUNICIPALITIES));
    }

    @Test
    void noFileNoRegions(@TempDir Path root) {
        assertEquals(List.of(), RegionConfigReader.read(root, MUNICIPALITIES));
    }

    @Test
    void everyProblemIsReportedWithItsField(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("regions.yaml"), """
                regions:
                  - slug: Norr Botten
                    name: Norrbotten
                    members: [arjeplog, pajala]
                  - slug: tom
                    name: Tom
                    colour: red
                """);
        InvalidTenantConfigException e = assertThrows(InvalidTenantConfigException.class,
                () -> RegionConfigReader.read(root, MUNICIPALITIES));
        String message = e.getMessage();
        assertTrue(message.contains("regions[0].slug"), message);
        assertTrue(message.contains("'pajala' is not a municipality"), message);
        assertTrue(message.contains("regions[1].members"), message);
        assertTrue(message.contains("regions[1].colour"), message);
    }
}
