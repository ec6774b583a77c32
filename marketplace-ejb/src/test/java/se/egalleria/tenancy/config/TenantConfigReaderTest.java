package se.egalleria.tenancy.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.egalleria.tenancy.config.TenantConfigFixture.minimal;
import static se.egalleria.tenancy.config.TenantConfigFixture.replace;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.egalleria.tenancy.domain.CarrierMode;
import se.egalleria.tenancy.domain.EligibilityGroup;

/** What a valid municipality folder reads as. */
class TenantConfigReaderTest {

    @TempDir
    Path tempDir;

    private TenantConfigFixture config() {
        return new TenantConfigFixture(tempDir);
    }

    @Test
    void readsMinimalMunicipality() {
        List<MunicipalityConfig> all = config().municipality("arjeplog").read();

        assertEquals(1, all.size());
        MunicipalityConfig m = all.get(0);
        assertEquals("arjeplog", m.slug());
        assertEquals("Arjeplog", m.name());
        assertEquals("Norrbottens län", m.county());
        assertEquals("sv", m.defaultLocale());
        assertEquals(Set.of("arjeplog.localhost"), m.hosts());
        assertEquals("#1d4f6e", m.branding().primaryColor());
        assertEquals("#9c3d10", m.branding().accentColor());
        assertEquals("Välkommen till byarnas butiker", m.branding().welcomeSv());
        assertEquals("Welcome to the village shops", m.branding().welcomeEn());
        assertNull(m.branding().logo());
        assertNull(m.branding().logoContentType());
        assertEquals(new MunicipalityConfig.Contact(null, null), m.contact());
        assertEquals(2000L, m.homeDelivery().feeOre());
        assertEquals(Set.of(EligibilityGroup.PENSIONER, EligibilityGroup.NO_CAR), m.homeDelivery().eligible());
        assertEquals(List.of(), m.carriers());
        assertEquals(List.of(), m.shops());
    }

    @Test
    void readsVillagesWithExactDecimalCoordinates() {
        List<MunicipalityConfig.Village> villages = config().municipality("arjeplog").read().get(0).villages();

        assertEquals(List.of(
                new MunicipalityConfig.Village("Arjeplog", new BigDecimal("66.0517"), new BigDecimal("17.8861"), 1100),
                new MunicipalityConfig.Village("Laisvall", new BigDecimal("66.0833"), new BigDecimal("17.1667"), null)),
                villages);
    }

    @Test
    void normalisesHostsAndColoursToLowerCase() {
        String yaml = replace(minimal("arjeplog"), "hosts: [arjeplog.localhost]",
                "hosts: [Arjeplog.localhost, ARJEPLOG.E-Galleria.se]");
        yaml = replace(yaml, "\"#1d4f6e\"", "\"#1D4F6E\"");
        MunicipalityConfig m = config().write("arjeplog", "municipality.yaml", yaml).read().get(0);

        assertEquals(List.of("arjeplog.localhost", "arjeplog.e-galleria.se"), List.copyOf(m.hosts()));
        assertEquals("#1d4f6e", m.branding().primaryColor());
    }

    @Test
    void readsOptionalContactAndCarriers() {
        String yaml = minimal("arjeplog") + """
                contact: { email: e-galleria@arjeplog.example, phone: "0961-140 00" }
                carriers:
                  - { code: posten, name: Posten, mode: POSTAL_SERVICE }
                  - { code: bussgods, name: Bussgods Arjeplog, mode: BUS_FREIGHT, phone: "0961-100 10",
                      organisationNumber: "556611-0100", subsidyAgreement: "Avtal 2026-03" }
                """;
        MunicipalityConfig m = config().write("arjeplog", "municipality.yaml", yaml).read().get(0);

        assertEquals(new MunicipalityConfig.Contact("e-galleria@arjeplog.example", "0961-140 00"), m.contact());
        assertEquals(List.of(
                new MunicipalityConfig.Carrier("posten", "Posten", CarrierMode.POSTAL_SERVICE, null, null, null),
                new MunicipalityConfig.Carrier("bussgods", "Bussgods Arjeplog", CarrierMode.BUS_FREIGHT, "0961-100 10",
                        "556611-0100", "Avtal 2026-03")),
                m.carriers());
    }

    @Test
    void readsShopsWithEmptyDefaultsForOptionalTexts() {
        String shops = TenantConfigFixture.ONE_SHOP + """
                  - code: laisvall-handel
                    name: Laisvalls Handel
                    village: Laisvall
                    description: Byns butik
                    openingHours: "Mån–fre 10–18"
                    phone: "0961-200 02"
                    email: laisvall@example.se
                """;
        MunicipalityConfig m = config().municipality("arjeplog").write("arjeplog", "shops.yaml", shops).read().get(0);

        assertEquals(List.of(
                new MunicipalityConfig.Shop("fjallboden", "Fjällboden Lanthandel", "Arjeplog", "", "",
                        "0961-100 01", "fjallboden@example.se", null, false, null, null),
                new MunicipalityConfig.Shop("laisvall-handel", "Laisvalls Handel", "Laisvall", "Byns butik",
                        "Mån–fre 10–18", "0961-200 02", "laisvall@example.se", null, false, null, null)),
                m.shops());
    }

    @Test
    void readsHomeDeliveryTermsAndServicePoint() {
        String shops = TenantConfigFixture.ONE_SHOP + """
                    homeDelivery:
                      villages: [Laisvall, Arjeplog]
                      routeDays: [FRIDAY, TUESDAY]
                      minimumOrderOre: 20000
                    servicePoint: true
                """;
        MunicipalityConfig.Shop shop = config().municipality("arjeplog").write("arjeplog", "shops.yaml", shops)
                .read().get(0).shops().get(0);

        assertEquals(new MunicipalityConfig.ShopDelivery(java.util.Set.of("Laisvall", "Arjeplog"),
                java.util.Set.of(java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.FRIDAY), 20000), shop.homeDelivery());
        assertEquals(true, shop.servicePoint());
    }

    @Test
    void readsSvgLogo() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        MunicipalityConfig m = config()
                .municipality("arjeplog", "  welcome:", "  logo: logo.svg\n  welcome:")
                .write("arjeplog", "logo.svg", svg)
                .read().get(0);

        assertArrayEquals(svg, m.branding().logo());
        assertEquals("image/svg+xml", m.branding().logoContentType());
    }

    @Test
    void readsPngLogoWhateverTheCaseOfItsExtension() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        MunicipalityConfig m = config()
                .municipality("arjeplog", "  welcome:", "  logo: Logo.PNG\n  welcome:")
                .write("arjeplog", "Logo.PNG", png)
                .read().get(0);

        assertArrayEquals(png, m.branding().logo());
        assertEquals("image/png", m.branding().logoContentType());
    }

    @Test
    void readsSeveralMunicipalitiesInFolderOrderAndSkipsHiddenFolders() {
        List<MunicipalityConfig> all = config()
                .municipality("ornskoldsvik")
                .municipality("arjeplog")
                .write(".git", "config", "not a municipality")
                .read();

        assertEquals(List.of("arjeplog", "ornskoldsvik"), all.stream().map(MunicipalityConfig::slug).toList());
    }
}
