package se.egalleria.tenancy.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.egalleria.tenancy.domain.EligibilityGroup;

/** The tenant-config/ shipped with the project (next to the modules) must load without problems. */
class ShippedTenantConfigTest {

    /** Surefire runs with the module folder as working directory. */
    private static final Path SHIPPED = Path.of("..", "tenant-config");

    private static List<MunicipalityConfig> municipalities;

    @BeforeAll
    static void read() {
        assertTrue(Files.isDirectory(SHIPPED), () -> "not found: " + SHIPPED.toAbsolutePath());
        municipalities = TenantConfigReader.readAll(SHIPPED);
    }

    @Test
    void holdsTheThreeDemoMunicipalities() {
        assertEquals(List.of("arjeplog", "harjedalen", "ornskoldsvik"),
                municipalities.stream().map(MunicipalityConfig::slug).toList());
        assertEquals(List.of("Arjeplog", "Härjedalen", "Örnsköldsvik"),
                municipalities.stream().map(MunicipalityConfig::name).toList());
    }

    @Test
    void everyMunicipalityHasVillagesShopsALocalhostNameAndALogo() throws IOException {
        for (MunicipalityConfig m : municipalities) {
            assertTrue(m.villages().size() >= 3, m.slug() + " villages");
            assertTrue(m.shops().size() >= 3, m.slug() + " shops");
            assertTrue(m.hosts().contains(m.slug() + ".localhost"), m.slug() + " hosts " + m.hosts());
            assertEquals("image/svg+xml", m.branding().logoContentType(), m.slug());
            assertArrayEquals(Files.readAllBytes(SHIPPED.resolve(m.slug()).resolve("logo.svg")), m.branding().logo(),
                    m.slug());
        }
    }

    @Test
    void everyShopIsInOneOfItsMunicipalitysVillages() {
        for (MunicipalityConfig m : municipalities) {
            Set<String> villages = m.villages().stream().map(MunicipalityConfig.Village::name).collect(Collectors.toSet());
            m.shops().forEach(shop -> assertTrue(villages.contains(shop.village()), m.slug() + "/" + shop.code()));
        }
    }

    @Test
    void arjeplogReadsAsWritten() {
        MunicipalityConfig arjeplog = municipalities.get(0);

        assertEquals(Set.of("arjeplog.localhost", "arjeplog.e-galleria.se"), arjeplog.hosts());
        assertEquals("#1d4f6e", arjeplog.branding().primaryColor());
        assertEquals(2000L, arjeplog.homeDelivery().feeOre());
        assertEquals(Set.of(EligibilityGroup.PENSIONER, EligibilityGroup.DISABLED, EligibilityGroup.NO_CAR),
                arjeplog.homeDelivery().eligible());
        assertEquals(6, arjeplog.villages().size());
        // The file says 18.3860; YAML reads a double, so the trailing zero is not kept.
        assertEquals(new MunicipalityConfig.Village("Mellanström", new BigDecimal("65.9573"), new BigDecimal("18.386"), 40),
                arjeplog.villages().get(2));
        assertEquals(List.of("posten", "bussgods"), arjeplog.carriers().stream().map(MunicipalityConfig.Carrier::code).toList());
        // Silverhantverk has no home delivery: the demo (and the tests) show what checkout says then.
        assertEquals(List.of("fjallboden", "laisvall-handel", "slagnas-livs", "silverhantverk"),
                arjeplog.shops().stream().map(MunicipalityConfig.Shop::code).toList());
    }

    @Test
    void aRootPathWithDotsFindsTheSameLogos() {
        List<MunicipalityConfig> viaDots = TenantConfigReader.readAll(SHIPPED.resolve("."));
        assertEquals(municipalities.size(), viaDots.size());
        viaDots.forEach(m -> assertEquals("image/svg+xml", m.branding().logoContentType(), m.slug()));
    }
}
