package se.egalleria.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.AlsoOnEmbeddedH2;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

/** Which municipality a request belongs to, and what happens when it names none or an unknown one. */
@AlsoOnEmbeddedH2
class TenantResolutionIT extends DeployedGallery {

    @Test
    void eachMunicipalityIsLoadedFromTenantConfig() {
        JsonObject harjedalen = GalleryClient.forMunicipality(base, "harjedalen").getJson("/api/v1/municipality");

        assertEquals("harjedalen", harjedalen.getString("slug"));
        assertEquals("Härjedalen", harjedalen.getString("name"));
        assertEquals("Jämtlands län", harjedalen.getString("county"));
        assertEquals("#2f5b2a", harjedalen.getJsonObject("branding").getString("primaryColor"));
        assertEquals(2000, harjedalen.getJsonObject("homeDelivery").getInt("feeOre"));
        JsonArray villages = harjedalen.getJsonArray("villages");
        JsonObject funasdalen = villages.getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("name").equals("Funäsdalen")).findFirst().orElseThrow();
        assertEquals(62.545, funasdalen.getJsonNumber("latitude").doubleValue(), 1e-6);
        assertEquals(12.546, funasdalen.getJsonNumber("longitude").doubleValue(), 1e-6);
    }

    @Test
    void theSameAddressAnswersForTheMunicipalityInTheHostName() {
        assertEquals("Arjeplog", GalleryClient.forMunicipality(base, "arjeplog").getJson("/api/v1/municipality")
                .getString("name"));
        assertEquals("Örnsköldsvik", GalleryClient.forMunicipality(base, "ornskoldsvik")
                .getJson("/api/v1/municipality").getString("name"));
        assertEquals("Örnsköldsvik", GalleryClient.platform(base).getJson("/g/ornskoldsvik/api/v1/municipality")
                .getString("name"));
    }

    @Test
    void anUnknownHostIsA404ProblemOnTheApi() {
        HttpResponse<String> response = GalleryClient.forHost(base, "nowhere.localhost").get("/api/v1/shops");

        assertProblem(response, 404, "unknown-gallery");
    }

    @Test
    void anUnknownPathPrefixIsA404ProblemOnTheApi() {
        assertProblem(GalleryClient.platform(base).get("/g/nowhere/api/v1/shops"), 404, "unknown-gallery");
    }

    @Test
    void anUnknownGalleryIsAFriendlyPageInTheBrowser() {
        HttpResponse<String> response = GalleryClient.forHost(base, "nowhere.localhost").get("/", "text/html");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("E-gallerian finns inte"), response.body());
        assertTrue(response.body().contains("This gallery does not exist."), response.body());
        assertTrue(!response.body().contains("Exception"), response.body());
    }

    @Test
    void thePlatformHostListsEveryMunicipalityButHasNoShops() {
        GalleryClient platform = GalleryClient.platform(base);
        JsonArray municipalities = (JsonArray) GalleryClient.json(platform.get("/api/v1/municipalities"));
        List<String> slugs = municipalities.getValuesAs(JsonObject.class).stream().map(m -> m.getString("slug")).toList();

        assertTrue(slugs.containsAll(List.of("arjeplog", "harjedalen", "ornskoldsvik")), slugs.toString());
        assertProblem(platform.get("/api/v1/shops"), 404, "not-found");
    }

    @Test
    void anUnknownApiPathIsAProblemToo() {
        assertProblem(GalleryClient.forMunicipality(base, "arjeplog").get("/api/v1/no-such-thing"), 404, "not-found");
    }

    @Test
    void eachGalleryServesItsOwnLogoAndColours() {
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        HttpResponse<String> logo = arjeplog.get("/branding/logo", "image/*");
        HttpResponse<String> theme = arjeplog.get("/branding/theme.css", "text/css");
        HttpResponse<String> otherTheme = GalleryClient.forMunicipality(base, "ornskoldsvik")
                .get("/branding/theme.css", "text/css");

        assertEquals(200, logo.statusCode());
        assertEquals("image/svg+xml", logo.headers().firstValue("Content-Type").orElse(""));
        assertTrue(logo.body().contains("<svg"), logo.body());
        assertTrue(logo.headers().firstValue("ETag").isPresent());
        assertEquals(200, theme.statusCode());
        assertTrue(theme.body().contains("--brand-primary:#1d4f6e"), theme.body());
        assertTrue(otherTheme.body().contains("--brand-primary:#6b1f2a"), otherTheme.body());
    }

}
