package se.egalleria.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.text.Collator;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

/** GET /api/v1/shops and /api/v1/shops/{id}: JSON, paging, and one municipality's shops only. */
class ShopApiIT extends DeployedGallery {

    @Test
    void listsTheShopsOfTheMunicipalityInTheHostName() {
        JsonObject page = GalleryClient.forMunicipality(base, "arjeplog").getJson("/api/v1/shops?size=100");

        List<String> names = names(page.getJsonArray("items"));
        assertTrue(names.containsAll(List.of("Fjällboden Lanthandel", "Laisvalls Handel", "Slagnäs Livs & Bensin")),
                "Arjeplog's demo shops: " + names);
        assertFalse(names.contains("Svegs Livs"), "a Härjedalen shop leaked into Arjeplog: " + names);
        assertEquals(page.getJsonArray("items").size(), page.getInt("totalItems"));
        assertEquals(0, page.getInt("page"));
        assertEquals(100, page.getInt("size"));
    }

    @Test
    void everyListedShopIsInOneOfTheMunicipalitysVillages() {
        for (String slug : List.of("arjeplog", "harjedalen", "ornskoldsvik")) {
            GalleryClient gallery = GalleryClient.forMunicipality(base, slug);
            Set<String> villages = gallery.getJson("/api/v1/municipality").getJsonArray("villages")
                    .getValuesAs(JsonObject.class).stream().map(v -> v.getString("name")).collect(Collectors.toSet());
            JsonArray shops = gallery.getJson("/api/v1/shops?size=100").getJsonArray("items");

            assertFalse(shops.isEmpty(), slug + " has demo shops");
            for (JsonObject shop : shops.getValuesAs(JsonObject.class)) {
                assertTrue(villages.contains(shop.getString("village")),
                        shop.getString("name") + " in " + shop.getString("village") + " is not in " + slug);
            }
        }
    }

    @Test
    void aShopCarriesItsDetails() {
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        JsonObject sveg = shopNamed(harjedalen, "Svegs Livs");

        JsonObject fetched = harjedalen.getJson("/api/v1/shops/" + sveg.getJsonNumber("id").longValue());

        assertEquals("Svegs Livs", fetched.getString("name"));
        assertEquals("Sveg", fetched.getString("village"));
        assertEquals("0680-100 01", fetched.getString("phone"));
        assertEquals("sveg@example.se", fetched.getString("email"));
        assertEquals("Mån–fre 8–20, lör–sön 9–18", fetched.getString("openingHours"));
        assertEquals("Dagligvaror med hemsändning i hela kommunen.", fetched.getString("description"));
    }

    @Test
    void anotherMunicipalitysShopIsNotFound() {
        long arjeplogShop = shopNamed(GalleryClient.forMunicipality(base, "arjeplog"), "Fjällboden Lanthandel")
                .getJsonNumber("id").longValue();

        HttpResponse<String> response = GalleryClient.forMunicipality(base, "harjedalen")
                .get("/api/v1/shops/" + arjeplogShop);

        assertProblem(response, 404, "not-found");
        assertFalse(response.body().contains("Fjällboden"), response.body());
    }

    @Test
    void thePathPrefixWorksLikeTheHostName() {
        JsonObject byPath = GalleryClient.platform(base).getJson("/g/ornskoldsvik/api/v1/shops?size=100");
        JsonObject byHost = GalleryClient.forMunicipality(base, "ornskoldsvik").getJson("/api/v1/shops?size=100");

        assertEquals(names(byHost.getJsonArray("items")), names(byPath.getJsonArray("items")));
        assertTrue(names(byPath.getJsonArray("items")).contains("Husums Handel"));
    }

    @Test
    void pagesAreSortedAndDoNotOverlap() {
        GalleryClient gallery = GalleryClient.forMunicipality(base, "arjeplog");
        JsonObject first = gallery.getJson("/api/v1/shops?page=0&size=2");
        JsonObject second = gallery.getJson("/api/v1/shops?page=1&size=2");

        assertEquals(2, first.getJsonArray("items").size());
        assertEquals(first.getInt("totalItems"), second.getInt("totalItems"));
        assertEquals((first.getInt("totalItems") + 1) / 2, first.getInt("totalPages"));
        List<String> firstNames = names(first.getJsonArray("items"));
        List<String> secondNames = names(second.getJsonArray("items"));
        assertFalse(secondNames.isEmpty());
        assertTrue(firstNames.stream().noneMatch(secondNames::contains), firstNames + " / " + secondNames);
        assertTrue(Collator.getInstance(Locale.forLanguageTag("sv")).compare(firstNames.get(0), firstNames.get(1)) <= 0,
                "sorted by name: " + firstNames);
    }

    @Test
    void badPagingIsAClearError() {
        GalleryClient gallery = GalleryClient.forMunicipality(base, "arjeplog");

        HttpResponse<String> notANumber = gallery.get("/api/v1/shops?page=två");
        JsonObject violation = assertProblem(notANumber, 400, "invalid-input").getJsonArray("violations")
                .getJsonObject(0);
        assertEquals("page", violation.getString("field"));
        assertEquals("Måste vara ett heltal.", violation.getString("message"));

        HttpResponse<String> tooLarge = gallery.get("/api/v1/shops?size=1000");
        assertProblem(tooLarge, 400, "invalid-input");
        assertTrue(tooLarge.body().contains("\"field\":\"size\""), tooLarge.body());
    }

    @Test
    void problemTextsFollowAcceptLanguage() {
        HttpResponse<String> response = GalleryClient.forMunicipality(base, "arjeplog").get("/api/v1/shops/0",
                "application/json");
        assertTrue(response.body().contains("Butiken finns inte"), response.body());
    }

    @Test
    void aShopIdThatIsNotANumberIsNotFound() {
        assertProblem(GalleryClient.forMunicipality(base, "arjeplog").get("/api/v1/shops/abc"), 404,
                "not-found");
    }


    private static JsonObject shopNamed(GalleryClient gallery, String name) {
        return gallery.getJson("/api/v1/shops?size=100").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(shop -> shop.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no shop named " + name));
    }

    private static List<String> names(JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream().map(item -> item.getJsonString("name"))
                .map(JsonString::getString).toList();
    }
}
