package se.egalleria.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import se.egalleria.tenancy.config.MunicipalityConfig;
import se.egalleria.tenancy.config.TenantConfigReader;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.MailCatcher;
import se.egalleria.testsupport.Platform;

/** The operator creates, suspends, reactivates and exports municipalities; nobody else can. */
class PlatformMunicipalitiesApiIT extends DeployedGallery {

    private static final String MUNICIPALITIES = "/api/v1/platform/municipalities";

    @Test
    void aNewMunicipalityAnswersOnItsHostAtOnceAndItsAdministratorIsInvited() {
        Accounts accounts = new Accounts(base);
        Platform platform = new Platform(base, accounts.operator().token());
        String slug = Platform.newSlug();
        GalleryClient gallery = GalleryClient.forMunicipality(base, slug);
        // Asked before it exists: an unknown gallery (and nothing remembered of the answer).
        assertProblem(gallery.get("/api/v1/shops"), 404, "unknown-gallery");

        String adminEmail = Accounts.newAddress("new-admin");
        HttpResponse<String> created = platform.create(Platform.municipality(slug, adminEmail).build());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = (JsonObject) GalleryClient.json(created);
        assertEquals(slug, body.getString("slug"));
        assertTrue(body.getBoolean("active"));
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith(MUNICIPALITIES + "/" + slug));

        JsonObject shops = gallery.getJson("/api/v1/shops");
        assertEquals(0, shops.getJsonNumber("totalItems").longValue());
        JsonObject profile = gallery.getJson("/api/v1/municipality");
        assertEquals("Testkommun " + slug, profile.getString("name"));
        assertEquals(List.of("Småbyn", "Storbyn"), profile.getJsonArray("villages").getValuesAs(JsonObject.class)
                .stream().map(v -> v.getString("name")).sorted().toList());
        HttpResponse<String> start = gallery.get("/", "text/html");
        assertEquals(200, start.statusCode());
        assertTrue(start.body().contains("Välkommen till butikerna i " + slug), start.body());

        MailCatcher.Mail invitation = MailCatcher.awaitMailTo(adminEmail);
        assertTrue(invitation.link().contains("/g/" + slug + "/"), invitation.link());
        assertEquals(204, gallery.post("/api/v1/invitations/acceptances", null, Json.createObjectBuilder()
                .add("token", invitation.token()).add("name", "Ny Administratör").add("password", Accounts.PASSWORD)
                .build()).statusCode());
        String adminToken = Accounts.signIn(gallery, adminEmail, Accounts.PASSWORD);
        HttpResponse<String> audit = gallery.send("GET", "/api/v1/audit-events?size=100", adminToken, null);
        assertEquals(200, audit.statusCode(), "the invited person administers the new municipality: " + audit.body());
        assertTrue(audit.body().contains("municipality.created"), audit.body());
        // ... and only that one.
        assertProblem(GalleryClient.forMunicipality(base, "arjeplog").send("GET", "/api/v1/audit-events",
                adminToken, null), 401, "not-authenticated");

        List<JsonObject> listed = ((jakarta.json.JsonArray) GalleryClient.json(platform.send("GET", MUNICIPALITIES)))
                .getValuesAs(JsonObject.class);
        assertTrue(listed.stream().anyMatch(m -> m.getString("slug").equals(slug) && m.getBoolean("active")),
                "in the operator's list");
    }

    @Test
    void aSuspendedGalleryIsClosedOnItsHostAndKeepsItsData() {
        Accounts accounts = new Accounts(base);
        Platform platform = new Platform(base, accounts.operator().token());
        String adminEmail = Accounts.newAddress("admin");
        String slug = platform.created(adminEmail);
        GalleryClient gallery = GalleryClient.forMunicipality(base, slug);
        assertEquals(200, gallery.get("/api/v1/shops").statusCode());

        HttpResponse<String> suspended = platform.send("POST", MUNICIPALITIES + "/" + slug + "/suspension");
        assertEquals(200, suspended.statusCode(), suspended.body());
        assertFalse(((JsonObject) GalleryClient.json(suspended)).getBoolean("active"));
        assertProblem(gallery.get("/api/v1/shops"), 404, "gallery-closed");
        HttpResponse<String> page = gallery.get("/", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("E-gallerian är stängd"), page.body());
        assertProblem(GalleryClient.platform(base).get("/g/" + slug + "/api/v1/shops"), 404, "gallery-closed");
        assertFalse(((JsonObject) GalleryClient.json(platform.send("GET", MUNICIPALITIES + "/" + slug)))
                .getBoolean("active"));

        HttpResponse<String> reactivated = platform.send("POST", MUNICIPALITIES + "/" + slug + "/reactivation");
        assertEquals(200, reactivated.statusCode(), reactivated.body());
        assertTrue(((JsonObject) GalleryClient.json(reactivated)).getBoolean("active"));
        JsonObject profile = gallery.getJson("/api/v1/municipality");
        assertEquals(2, profile.getJsonArray("villages").size(), "its villages are still there");
        // The invitation sent before the suspension still works: the account was kept.
        assertEquals(204, gallery.post("/api/v1/invitations/acceptances", null, Json.createObjectBuilder()
                .add("token", MailCatcher.awaitMailTo(adminEmail).token()).add("name", "Admin")
                .add("password", Accounts.PASSWORD).build()).statusCode());
    }

    @Test
    void theExportIsTenantConfigThatReadsBack() throws IOException {
        Accounts accounts = new Accounts(base);
        Platform platform = new Platform(base, accounts.operator().token());
        String slug = platform.created(Accounts.newAddress("admin"));

        List<MunicipalityConfig> created = readBack(platform, slug);
        assertEquals(1, created.size());
        MunicipalityConfig config = created.get(0);
        assertEquals(slug, config.slug());
        assertEquals("Norrbottens län", config.county());
        assertEquals(java.util.Set.of(slug + ".localhost"), config.hosts());
        assertEquals(2500, config.homeDelivery().feeOre());
        assertEquals(List.of("Småbyn", "Storbyn"), config.villages().stream().map(MunicipalityConfig.Village::name)
                .sorted().toList());
        assertEquals(0, new java.math.BigDecimal("67.1744").compareTo(config.villages().stream()
                .filter(v -> v.name().equals("Storbyn")).findFirst().orElseThrow().latitude()));

        MunicipalityConfig arjeplog = readBack(platform, "arjeplog").get(0);
        assertTrue(arjeplog.shops().stream().anyMatch(s -> s.name().equals("Fjällboden Lanthandel")
                && s.homeDelivery() != null && s.servicePoint()), arjeplog.shops().toString());
        assertEquals("image/svg+xml", arjeplog.branding().logoContentType());
        assertTrue(arjeplog.carriers().stream().anyMatch(c -> c.code().equals("bussgods")));
    }

    @Test
    void badInputIsRefusedOnItsField() {
        Accounts accounts = new Accounts(base);
        Platform platform = new Platform(base, accounts.operator().token());
        String slug = Platform.newSlug();
        String admin = Accounts.newAddress("admin");
        assertField(platform.create(Platform.municipality("arjeplog", admin).build()), "slug");
        assertField(platform.create(Platform.municipality("Not A Slug", admin).build()), "slug");
        assertField(platform.create(Platform.municipality(slug, admin)
                .add("hosts", Json.createArrayBuilder().add("arjeplog.localhost")).build()), "hosts");
        assertField(platform.create(Platform.municipality(slug, admin)
                .add("hosts", Json.createArrayBuilder().add("localhost")).build()), "hosts");
        assertField(platform.create(Platform.municipality(slug, admin)
                .add("hosts", Json.createArrayBuilder().add("http://x.se:80")).build()), "hosts");
        assertField(platform.create(Platform.municipality(slug, admin).add("primaryColor", "#ffff00").build()),
                "primaryColor");
        assertField(platform.create(Platform.municipality(slug, admin).add("deliveryFeeOre", -1).build()),
                "deliveryFeeOre");
        assertField(platform.create(Platform.municipality(slug, admin).add("villages", Json.createArrayBuilder())
                .build()), "villages");
        assertField(platform.create(Platform.municipality(slug, "not-an-address").build()), "administratorEmail");
        assertField(platform.create(Platform.municipality(slug, admin).add("name", " ").build()), "name");
        // None of the refused requests left anything behind.
        assertProblem(GalleryClient.forMunicipality(base, slug).get("/api/v1/shops"), 404, "unknown-gallery");
        assertProblem(platform.send("GET", MUNICIPALITIES + "/" + slug), 404, "not-found");
        assertProblem(platform.send("POST", MUNICIPALITIES + "/no-such-" + slug + "/suspension"), 404, "not-found");
    }

    @Test
    void onlyTheOperatorOnThePlatformsHost() {
        Accounts accounts = new Accounts(base);
        Person operator = accounts.operator();
        Person admin = accounts.administrator("arjeplog");
        Person resident = accounts.resident("arjeplog");
        GalleryClient platformHost = GalleryClient.platform(base);
        JsonObject request = Platform.municipality(Platform.newSlug(), Accounts.newAddress("admin")).build();
        for (String token : new String[] {null, admin.token(), resident.token()}) {
            int status = platformHost.post(MUNICIPALITIES, token, request).statusCode();
            assertTrue(status == 401 || status == 403, "create: " + status);
            for (String path : List.of(MUNICIPALITIES, MUNICIPALITIES + "/arjeplog")) {
                int got = platformHost.send("GET", path, token, null).statusCode();
                assertTrue(got == 401 || got == 403, path + ": " + got);
            }
            int export = platformHost.download(MUNICIPALITIES + "/arjeplog/export", token, "application/zip").statusCode();
            assertTrue(export == 401 || export == 403, "export: " + export);
            for (String action : List.of("suspension", "reactivation")) {
                int got = platformHost.send("POST", MUNICIPALITIES + "/arjeplog/" + action, token, null).statusCode();
                assertTrue(got == 401 || got == 403, action + ": " + got);
            }
        }
        // An administrator in their own gallery does not find the console there either.
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        assertProblem(arjeplog.send("POST", MUNICIPALITIES + "/arjeplog/suspension", admin.token(), null), 404,
                "not-found");
        // Nor does the operator: the console is the platform's, not a gallery's.
        HttpResponse<String> export = arjeplog.download(MUNICIPALITIES + "/arjeplog/export", operator.token(),
                "application/zip");
        assertEquals(404, export.statusCode(), export.body());
        assertTrue(export.body().contains("not-found"), export.body());
        assertTrue(arjeplog.get("/api/v1/shops").statusCode() == 200, "Arjeplog was not suspended by anyone");
    }

    private static void assertField(HttpResponse<String> response, String field) {
        JsonObject problem = assertProblem(response, 400, "invalid-input");
        assertEquals(field, problem.getJsonArray("violations").getJsonObject(0).getString("field"), response.body());
    }

    private static List<MunicipalityConfig> readBack(Platform platform, String slug) throws IOException {
        HttpResponse<byte[]> zip = GalleryClient.platform(platform.base()).downloadBytes(
                MUNICIPALITIES + "/" + slug + "/export", platform.token(), "application/zip", "sv");
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        Path root = Files.createTempDirectory("exported-tenant-config");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = root.resolve(entry.getName()).normalize();
                assertTrue(file.startsWith(root.resolve(slug)), entry.getName());
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
        return TenantConfigReader.readAll(root);
    }
}
