package se.egalleria.tenancy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * The municipality's administrator changes the gallery's branding: the gallery shows it at once,
 * colours with too little contrast are saved with warnings, a stale version is refused, and only
 * that municipality's administrators may do it. Örnsköldsvik's branding is put back afterwards,
 * since other tests read it.
 */
class BrandingApiIT extends DeployedGallery {

    private static final String BRANDING = "/api/v1/municipality/branding";
    private static final String LOGO = BRANDING + "/logo";

    @Test
    void theGalleryShowsTheNewBrandingAtOnceAndAStaleEditIsRefused() {
        GalleryClient gallery = GalleryClient.forMunicipality(base, "ornskoldsvik");
        Person admin = new Accounts(base).administrator("ornskoldsvik");
        JsonObject original = read(gallery, admin);
        String run = Shopping.newKey().substring(0, 8);
        try {
            HttpResponse<String> saved = gallery.send("PUT", BRANDING, admin.token(), change(original)
                    .add("name", "Örnsköldsvik " + run).add("primaryColor", "#0B3D2E").add("accentColor", "#7a2e0e")
                    .add("welcomeTextSv", "Välkommen till byarnas butiker " + run)
                    .add("welcomeTextEn", "Welcome to the village shops " + run)
                    .add("contactEmail", "  Galleria@Ornskoldsvik.example ").add("contactPhone", "0660-880 00").build());
            assertEquals(200, saved.statusCode(), saved.body());
            JsonObject after = json(saved);
            assertEquals("#0b3d2e", after.getString("primaryColor"), "colours are kept in lower case");
            assertEquals("galleria@ornskoldsvik.example", after.getString("contactEmail"));
            assertEquals(List.of(), after.getJsonArray("warnings"));
            assertTrue(after.getJsonNumber("version").longValue() > original.getJsonNumber("version").longValue());
            assertEquals(after, read(gallery, admin), "what is read back is what was saved");

            // The gallery's pages, theme and API show it at once.
            JsonObject municipality = gallery.getJson("/api/v1/municipality");
            assertEquals("Örnsköldsvik " + run, municipality.getString("name"));
            String theme = gallery.get("/branding/theme.css", "text/css").body();
            assertTrue(theme.contains("--brand-primary:#0b3d2e") && theme.contains("--brand-accent:#7a2e0e"), theme);
            String start = gallery.get("/", "text/html").body();
            assertTrue(start.contains("Välkommen till byarnas butiker " + run), start);
            assertTrue(start.contains("Örnsköldsvik " + run), "the header shows the new name");

            // Someone who read the branding before that change is refused, and nothing changes.
            JsonObject stale = assertProblem(gallery.send("PUT", BRANDING, admin.token(), change(original)
                    .add("name", "Gammalt namn").build()), 409, "conflict");
            assertTrue(stale.getString("detail").contains("ändrat"), stale.getString("detail"));
            assertEquals("Örnsköldsvik " + run, read(gallery, admin).getString("name"));

            // Colours hard to read on white are saved, with a warning for each, in the caller's language.
            HttpResponse<String> pale = gallery.send("PUT", BRANDING, admin.token(), change(after)
                    .add("primaryColor", "#ffcc00").add("accentColor", "#1d4f6e").build());
            assertEquals(200, pale.statusCode(), pale.body());
            JsonObject warning = json(pale).getJsonArray("warnings").getJsonObject(0);
            assertEquals(1, json(pale).getJsonArray("warnings").size(), pale.body());
            assertEquals("primaryColor", warning.getString("field"));
            assertEquals("#ffcc00", warning.getString("colour"));
            assertTrue(warning.getJsonNumber("contrast").doubleValue() < 4.5);
            assertTrue(warning.getString("message").contains("#ffcc00") && warning.getString("message").contains("4,5:1"),
                    warning.getString("message"));

            String audit = gallery.send("GET", "/api/v1/audit-events?size=100", admin.token(), null).body();
            assertTrue(audit.contains("municipality.branding.updated") && audit.contains("municipality:ornskoldsvik"),
                    audit);
        } finally {
            restore(gallery, admin, original);
        }
    }

    @Test
    void aLogoIsCheckedByTypeAndSizeAndServedByTheGallery() {
        GalleryClient gallery = GalleryClient.forMunicipality(base, "ornskoldsvik");
        Person admin = new Accounts(base).administrator("ornskoldsvik");
        HttpResponse<byte[]> before = gallery.downloadBytes("/branding/logo", null, "image/*", "sv");
        assertEquals(200, before.statusCode());
        String beforeType = before.headers().firstValue("Content-Type").orElseThrow();
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\" "
                + "fill=\"#0b3d2e\"/><!-- " + Shopping.newKey() + " --></svg>").getBytes(StandardCharsets.UTF_8);
        try {
            HttpResponse<String> uploaded = gallery.postBytes(LOGO, admin.token(), "image/svg+xml", svg);
            assertEquals(200, uploaded.statusCode(), uploaded.body());
            assertTrue(json(uploaded).getBoolean("hasLogo"));
            HttpResponse<byte[]> served = gallery.downloadBytes("/branding/logo", null, "image/*", "sv");
            assertArrayEquals(svg, served.body());
            assertEquals("image/svg+xml", served.headers().firstValue("Content-Type").orElseThrow());

            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
            assertViolation(gallery.postBytes(LOGO, admin.token(), "image/jpeg", png), "logo");
            assertViolation(gallery.postBytes(LOGO, admin.token(), "application/octet-stream",
                    "just text".getBytes(StandardCharsets.UTF_8)), "logo");
            assertViolation(gallery.postBytes(LOGO, admin.token(), "image/svg+xml",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                            .getBytes(StandardCharsets.UTF_8)), "logo");
            assertViolation(gallery.postBytes(LOGO, admin.token(), "image/svg+xml",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)),
                    "logo");
            byte[] large = Arrays.copyOf(png, 600 * 1024);
            assertViolation(gallery.postBytes(LOGO, admin.token(), "image/png", large), "logo");
            assertViolation(gallery.postBytes(LOGO, admin.token(), "image/png", new byte[0]), "logo");
            assertEquals(415, gallery.postBytes(LOGO, admin.token(), "text/plain", svg).statusCode());
            assertArrayEquals(svg, gallery.downloadBytes("/branding/logo", null, "image/*", "sv").body(),
                    "refused files change nothing");

            String audit = gallery.send("GET", "/api/v1/audit-events?size=100", admin.token(), null).body();
            assertTrue(audit.contains("municipality.logo.replaced"), audit);
        } finally {
            HttpResponse<String> restored = gallery.postBytes(LOGO, admin.token(), beforeType, before.body());
            assertEquals(200, restored.statusCode(), restored.body());
        }
    }

    @Test
    void badInputIsRefusedOnItsField() {
        GalleryClient gallery = GalleryClient.forMunicipality(base, "ornskoldsvik");
        Person admin = new Accounts(base).administrator("ornskoldsvik");
        JsonObject original = read(gallery, admin);

        assertViolation(put(gallery, admin, change(original).add("primaryColor", "green")), "primaryColor");
        assertViolation(put(gallery, admin, change(original).add("accentColor", "#12345")), "accentColor");
        assertViolation(put(gallery, admin, change(original).add("name", "  ")), "name");
        assertViolation(put(gallery, admin, change(original).add("welcomeTextSv", "")), "welcomeTextSv");
        assertViolation(put(gallery, admin, change(original).add("welcomeTextEn", "x".repeat(2001))), "welcomeTextEn");
        assertViolation(put(gallery, admin, change(original).add("contactEmail", "nobody")), "contactEmail");
        assertViolation(put(gallery, admin, change(original).add("contactPhone", "call us")), "contactPhone");
        assertViolation(put(gallery, admin, change(original).remove("version")), "version");
        assertViolation(gallery.send("PUT", BRANDING, admin.token(), Json.createObjectBuilder().build()), "version");
        assertEquals(original, read(gallery, admin), "nothing was changed");
    }

    @Test
    void onlyThisMunicipalitysAdministratorsMayBrandIt() {
        Accounts accounts = new Accounts(base);
        GalleryClient gallery = GalleryClient.forMunicipality(base, "ornskoldsvik");
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        Person admin = accounts.administrator("ornskoldsvik");
        JsonObject original = read(gallery, admin);
        long shop = gallery.getJson("/api/v1/shops?size=1").getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Person staff = accounts.shopStaff("ornskoldsvik", admin, shop);
        Person resident = accounts.resident("ornskoldsvik");
        Person harjedalenAdmin = accounts.administrator("harjedalen");
        JsonObject hacked = change(original).add("name", "HACKED").build();
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);

        for (Person refused : List.of(staff, resident)) {
            assertProblem(gallery.send("GET", BRANDING, refused.token(), null), 403, "forbidden");
            assertProblem(gallery.send("PUT", BRANDING, refused.token(), hacked), 403, "forbidden");
            assertProblem(gallery.postBytes(LOGO, refused.token(), "image/svg+xml", svg), 403, "forbidden");
        }
        assertProblem(gallery.send("GET", BRANDING, null, null), 401, "not-authenticated");
        assertProblem(gallery.send("PUT", BRANDING, null, hacked), 401, "not-authenticated");
        assertProblem(gallery.postBytes(LOGO, null, "image/svg+xml", svg), 401, "not-authenticated");
        assertProblem(gallery.send("GET", BRANDING, harjedalenAdmin.token(), null), 401, "not-authenticated");
        assertProblem(gallery.send("PUT", BRANDING, harjedalenAdmin.token(), hacked), 401, "not-authenticated");
        assertProblem(gallery.postBytes(LOGO, harjedalenAdmin.token(), "image/svg+xml", svg), 401, "not-authenticated");
        assertProblem(harjedalen.send("PUT", BRANDING, admin.token(), hacked), 401, "not-authenticated");
        // Härjedalen's administrator on their own host reaches only Härjedalen's branding.
        assertFalse(harjedalen.send("GET", BRANDING, harjedalenAdmin.token(), null).body().contains("Örnsköldsvik"));
        HttpResponse<String> platform = GalleryClient.platform(base).send("PUT", BRANDING, admin.token(), hacked);
        assertTrue(Set.of(401, 404).contains(platform.statusCode()), platform.body());
        assertProblem(GalleryClient.forHost(base, "nowhere.localhost").send("GET", BRANDING, admin.token(), null), 404,
                "unknown-gallery");
        assertEquals(original, read(gallery, admin), "nothing was changed");
    }

    private static JsonObject read(GalleryClient gallery, Person admin) {
        HttpResponse<String> response = gallery.send("GET", BRANDING, admin.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static HttpResponse<String> put(GalleryClient gallery, Person admin, JsonObjectBuilder body) {
        return gallery.send("PUT", BRANDING, admin.token(), body.build());
    }

    /** The branding as read, ready to change (the read-only parts left out). */
    private static JsonObjectBuilder change(JsonObject read) {
        JsonObjectBuilder body = Json.createObjectBuilder(read);
        body.remove("hasLogo");
        body.remove("warnings");
        return body;
    }

    private static void restore(GalleryClient gallery, Person admin, JsonObject original) {
        JsonObject now = read(gallery, admin);
        HttpResponse<String> restored = gallery.send("PUT", BRANDING, admin.token(), change(original)
                .add("version", now.getJsonNumber("version").longValue()).build());
        assertEquals(200, restored.statusCode(), restored.body());
    }

    private static void assertViolation(HttpResponse<String> response, String field) {
        JsonObject problem = assertProblem(response, 400, "invalid-input");
        assertEquals(field, problem.getJsonArray("violations").getJsonObject(0).getString("field"), response.body());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) GalleryClient.json(response);
    }
}
