package se.egalleria.tenancy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.egalleria.tenancy.config.TenantConfigFixture.minimal;
import static se.egalleria.tenancy.config.TenantConfigFixture.replace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each broken field is reported with its file, its path inside the file and what is wrong. */
class TenantConfigReaderFieldProblemsTest {

    private static final String FILE = "tenant-config/arjeplog/municipality.yaml";

    @TempDir
    Path tempDir;

    /** Problems from arjeplog's municipality.yaml with {@code from} replaced by {@code to}. */
    private List<ConfigProblem> problemsWith(String from, String to) {
        return new TenantConfigFixture(tempDir).municipality("arjeplog", from, to).problems();
    }

    private static List<ConfigProblem> one(String field, String message) {
        return List.of(new ConfigProblem(FILE, field, message));
    }

    @Test
    void slugMustEqualFolderName() {
        assertEquals(one("slug", "must equal the folder name 'arjeplog', was 'arjeplogg'"),
                problemsWith("slug: arjeplog", "slug: arjeplogg"));
    }

    @Test
    void requiredFieldMissing() {
        assertEquals(one("county", "is required"), problemsWith("county: Norrbottens län\n", ""));
    }

    @Test
    void misspelledFieldIsUnknownAndTheRealOneMissing() {
        assertEquals(List.of(
                new ConfigProblem(FILE, "branding.primaryColour",
                        "unknown field (known fields: accentColor, logo, primaryColor, welcome)"),
                new ConfigProblem(FILE, "branding.primaryColor", "is required")),
                problemsWith("primaryColor:", "primaryColour:"));
    }

    @Test
    void colourMustBeHex() {
        assertEquals(one("branding.primaryColor", "must be a colour written #rrggbb, was 'blue'"),
                problemsWith("\"#1d4f6e\"", "blue"));
    }

    @Test
    void colourMustGiveWhiteTextEnoughContrast() {
        assertEquals(one("branding.accentColor",
                        "#ffff00 gives white text a contrast of only 1.1:1; at least 4.5:1 is needed"),
                problemsWith("\"#9c3d10\"", "\"#ffff00\""));
    }

    @Test
    void feeMustBeWholeOre() {
        assertEquals(one("homeDelivery.feeOre", "must be a whole number, was '20.5'"),
                problemsWith("feeOre: 2000", "feeOre: 20.5"));
    }

    @Test
    void feeMustNotBeNegative() {
        assertEquals(one("homeDelivery.feeOre", "must be between 0 and 10000000, was -1"),
                problemsWith("feeOre: 2000", "feeOre: -1"));
    }

    @Test
    void eligibilityGroupMustBeKnown() {
        assertEquals(one("homeDelivery.eligible",
                        "must be one of [PENSIONER, DISABLED, NO_CAR, LONG_DISTANCE], was 'RETIRED'"),
                problemsWith("[PENSIONER, NO_CAR]", "[PENSIONER, RETIRED]"));
    }

    @Test
    void villageNamesMustBeUniqueIgnoringCase() {
        assertEquals(one("villages[1].name", "'ARJEPLOG' is listed twice"),
                problemsWith("name: Laisvall", "name: ARJEPLOG"));
    }

    @Test
    void latitudeMustBeOnEarth() {
        assertEquals(one("villages[1].latitude", "must be between -90.0 and 90.0, was 95.5"),
                problemsWith("latitude: 66.0833", "latitude: 95.5"));
    }

    @Test
    void latitudeMustBeANumber() {
        assertEquals(one("villages[0].latitude", "must be a number, was 'north'"),
                problemsWith("latitude: 66.0517", "latitude: north"));
    }

    @Test
    void hostMustBeAHostName() {
        assertEquals(one("hosts", "'arjeplog.localhost:8080' is not a host name (no port, no scheme)"),
                problemsWith("[arjeplog.localhost]", "[arjeplog.localhost, \"arjeplog.localhost:8080\"]"));
    }

    @Test
    void shopMustBeInAListedVillage() {
        List<ConfigProblem> problems = new TenantConfigFixture(tempDir)
                .municipality("arjeplog")
                .write("arjeplog", "shops.yaml", replace(TenantConfigFixture.ONE_SHOP, "village: Arjeplog", "village: Storby"))
                .problems();

        assertEquals(List.of(new ConfigProblem("tenant-config/arjeplog/shops.yaml", "shops[0].village",
                "'Storby' is not one of the villages in municipality.yaml")), problems);
    }

    @Test
    void homeDeliveryNeedsKnownVillagesAndRouteDays() {
        List<ConfigProblem> problems = new TenantConfigFixture(tempDir)
                .municipality("arjeplog")
                .write("arjeplog", "shops.yaml", TenantConfigFixture.ONE_SHOP + """
                            homeDelivery:
                              villages: [Storby]
                              routeDays: [FREDAG]
                              minimumOrderOre: -1
                        """)
                .problems();

        assertEquals(List.of(
                new ConfigProblem("tenant-config/arjeplog/shops.yaml", "shops[0].homeDelivery.villages",
                        "'Storby' is not one of the villages in municipality.yaml"),
                new ConfigProblem("tenant-config/arjeplog/shops.yaml", "shops[0].homeDelivery.routeDays",
                        "must be one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY], was 'FREDAG'"),
                new ConfigProblem("tenant-config/arjeplog/shops.yaml", "shops[0].homeDelivery.routeDays",
                        "name at least one weekday, e.g. [TUESDAY, FRIDAY]"),
                new ConfigProblem("tenant-config/arjeplog/shops.yaml", "shops[0].homeDelivery.minimumOrderOre",
                        "must be between 0 and 10000000, was -1")), problems);
    }

    @Test
    void logoFileMustExist() {
        assertEquals(one("branding.logo", "file 'logo.svg' does not exist in tenant-config/arjeplog"),
                problemsWith("  welcome:", "  logo: logo.svg\n  welcome:"));
    }

    @Test
    void logoMustNotPointOutsideItsFolder() throws IOException {
        Files.writeString(tempDir.resolve("logo.svg"), "<svg/>");

        assertEquals(one("branding.logo", "file '../../logo.svg' does not exist in tenant-config/arjeplog"),
                problemsWith("  welcome:", "  logo: ../../logo.svg\n  welcome:"));
    }

    @Test
    void logoMustBeSvgOrPng() {
        List<ConfigProblem> problems = new TenantConfigFixture(tempDir)
                .municipality("arjeplog", "  welcome:", "  logo: logo.gif\n  welcome:")
                .write("arjeplog", "logo.gif", "GIF89a")
                .problems();

        assertEquals(one("branding.logo", "must be an .svg or .png file, was 'logo.gif'"), problems);
    }

    @Test
    void welcomeInSwedishIsRequired() {
        String yaml = replace(minimal("arjeplog"), "    sv: Välkommen till byarnas butiker\n", "");
        List<ConfigProblem> problems = new TenantConfigFixture(tempDir)
                .write("arjeplog", "municipality.yaml", yaml).problems();

        assertEquals(one("branding.welcome.sv", "is required"), problems);
    }

    @Test
    void coordinateMustBeAFiniteNumber() {
        assertEquals(one("villages[1].latitude", "must be a number, was 'NaN'"),
                problemsWith("latitude: 66.0833", "latitude: .nan"));
    }

    @Test
    void aKeyWrittenTwiceIsReportedWithItsLine() {
        List<ConfigProblem> problems = problemsWith("county: Norrbottens län\n",
                "county: Norrbottens län\ncounty: Västerbottens län\n");

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(FILE, problems.get(0).file());
        assertEquals(true, problems.get(0).message().startsWith("is not valid YAML at line 4"), problems.toString());
        assertEquals(true, problems.get(0).message().contains("county"), problems.toString());
    }
}
