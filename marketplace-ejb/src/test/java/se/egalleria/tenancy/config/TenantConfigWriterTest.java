package se.egalleria.tenancy.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the operator exports reads back through {@link TenantConfigReader} as the same configuration. */
class TenantConfigWriterTest {

    private static final Path SHIPPED = Path.of("..", "tenant-config");

    @Test
    void everyShippedMunicipalityReadsBackUnchanged(@TempDir Path exported) throws IOException {
        List<MunicipalityConfig> shipped = TenantConfigReader.readAll(SHIPPED);
        for (MunicipalityConfig m : shipped) {
            Path folder = Files.createDirectories(exported.resolve(m.slug()));
            for (Map.Entry<String, byte[]> file : TenantConfigWriter.files(m).entrySet()) {
                Files.write(folder.resolve(file.getKey()), file.getValue());
            }
        }
        List<MunicipalityConfig> readBack = TenantConfigReader.readAll(exported);
        assertEquals(shipped.size(), readBack.size());
        for (int i = 0; i < shipped.size(); i++) {
            assertSame(shipped.get(i), readBack.get(i));
        }
    }

    @Test
    void theZipHoldsOneFolderNamedAfterTheSlug() throws IOException {
        MunicipalityConfig arjeplog = TenantConfigReader.readAll(SHIPPED).get(0);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(TenantConfigWriter.zip(arjeplog)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertEquals(List.of("arjeplog/municipality.yaml", "arjeplog/shops.yaml", "arjeplog/logo.svg"), names);
    }

    @Test
    void writesSwedishLettersAsTheyAre() {
        MunicipalityConfig arjeplog = TenantConfigReader.readAll(SHIPPED).get(0);
        String yaml = new String(TenantConfigWriter.files(arjeplog).get("municipality.yaml"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(yaml.contains("name: Mellanström"), yaml);
        assertTrue(yaml.contains("county: Norrbottens län"), yaml);
    }

    /** Records holding arrays (the logo) compare by reference, so the parts are compared one by one. */
    private static void assertSame(MunicipalityConfig expected, MunicipalityConfig actual) {
        assertEquals(expected.slug(), actual.slug());
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.county(), actual.county());
        assertEquals(expected.defaultLocale(), actual.defaultLocale());
        assertEquals(expected.hosts(), actual.hosts());
        MunicipalityConfig.Branding b = expected.branding();
        MunicipalityConfig.Branding c = actual.branding();
        assertEquals(List.of(b.primaryColor(), b.accentColor(), b.welcomeSv(), b.welcomeEn(), String.valueOf(b.logoContentType())),
                List.of(c.primaryColor(), c.accentColor(), c.welcomeSv(), c.welcomeEn(), String.valueOf(c.logoContentType())));
        assertArrayEquals(b.logo(), c.logo());
        assertEquals(expected.contact(), actual.contact());
        assertEquals(expected.homeDelivery(), actual.homeDelivery());
        assertEquals(expected.carriers(), actual.carriers());
        assertEquals(expected.shops(), actual.shops());
        assertEquals(expected.villages().size(), actual.villages().size());
        for (int i = 0; i < expected.villages().size(); i++) {
            MunicipalityConfig.Village v = expected.villages().get(i);
            MunicipalityConfig.Village w = actual.villages().get(i);
            assertEquals(v.name(), w.name());
            assertEquals(0, v.latitude().compareTo(w.latitude()), v.name());
            assertEquals(0, v.longitude().compareTo(w.longitude()), v.name());
            assertEquals(v.households(), w.households());
        }
    }
}
