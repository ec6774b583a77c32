package se.egalleria.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.AlsoOnEmbeddedH2;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/** Shop staff keep their products through the API; other shops and municipalities cannot touch them. */
@AlsoOnEmbeddedH2
class ProductApiIT extends DeployedGallery {

    @Test
    void staffCreateReadChangeAndRemoveTheirShopsProducts() {
        Shops s = shops();
        HttpResponse<String> created = s.arjeplog.post("/api/v1/shops/" + s.shopA + "/products", s.staffA.token(),
                product("Kaffe mellanrost", "7310865004703").add("vatPercent", 12).add("priceOre", 4990)
                        .add("netQuantity", 500).add("netQuantityUnit", "G").build());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject product = (JsonObject) GalleryClient.json(created);
        long id = product.getJsonNumber("id").longValue();
        assertEquals(4990, product.getInt("priceOre"));
        assertEquals(535, product.getInt("vatOre"), "12 % VAT included in 49,90 kr");
        assertEquals(9980, product.getInt("comparisonPriceOre"), "99,80 kr per kg");
        assertEquals("kg", product.getString("comparisonUnit"));
        assertEquals("Fjällboden Lanthandel", product.getString("shopName"));

        JsonObject read = s.arjeplog.getJson("/api/v1/products/" + id);
        assertEquals("Kaffe mellanrost", read.getString("name"));

        JsonObject change = Json.createObjectBuilder(product(" Kaffe mörkrost ", "7310865004703").add("vatPercent", 12)
                .add("priceOre", 5290).add("version", read.getInt("version")).build()).build();
        HttpResponse<String> changed = s.arjeplog.send("PUT", "/api/v1/products/" + id, s.staffA.token(), change);
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("Kaffe mörkrost", ((JsonObject) GalleryClient.json(changed)).getString("name"));
        assertProblem(s.arjeplog.send("PUT", "/api/v1/products/" + id, s.staffA.token(), change), 409, "conflict");

        assertEquals(204, s.arjeplog.send("DELETE", "/api/v1/products/" + id, s.staffA.token(), null).statusCode());
        assertProblem(s.arjeplog.get("/api/v1/products/" + id), 404, "not-found");
    }

    @Test
    void otherShopsAndMunicipalitiesCannotTouchAProduct() {
        Shops s = shops();
        long id = create(s, "Limpa " + s.run, 3500, 12);
        JsonObject change = product("Kapad limpa", null).add("vatPercent", 12).add("priceOre", 1).add("version", 1).build();

        assertProblem(s.arjeplog.post("/api/v1/shops/" + s.shopA + "/products", s.staffB.token(),
                product("Intrång", null).add("vatPercent", 25).add("priceOre", 100).build()), 403, "forbidden");
        assertProblem(s.arjeplog.send("PUT", "/api/v1/products/" + id, s.staffB.token(), change), 403, "forbidden");
        assertProblem(s.arjeplog.send("DELETE", "/api/v1/products/" + id, s.resident.token(), null), 403, "forbidden");
        assertProblem(s.arjeplog.send("DELETE", "/api/v1/products/" + id, null, null), 401, "not-authenticated");
        assertProblem(s.arjeplog.send("GET", "/api/v1/shops/" + s.shopA + "/products", s.staffB.token(), null), 403,
                "forbidden");
        assertEquals(200, s.arjeplog.get("/api/v1/products/" + id).statusCode(), "shown in its own gallery first");
        assertProblem(s.harjedalen.get("/api/v1/products/" + id), 404, "not-found");
        assertProblem(s.harjedalen.send("PUT", "/api/v1/products/" + id, s.harjedalenStaff.token(), change), 404,
                "not-found");
        assertProblem(s.harjedalen.send("DELETE", "/api/v1/products/" + id, s.harjedalenStaff.token(), null), 404,
                "not-found");
        assertFalse(s.harjedalen.get("/api/v1/products?size=100&q=" + s.run).body().contains(s.run));
        assertEquals("Limpa " + s.run, s.arjeplog.getJson("/api/v1/products/" + id).getString("name"),
                "nothing changed");
    }

    @Test
    void badInputIsNamedByField() {
        Shops s = shops();
        String path = "/api/v1/shops/" + s.shopA + "/products";
        assertField(s.arjeplog.post(path, s.staffA.token(), product("Fel EAN", "7310865004704").add("vatPercent", 12)
                .add("priceOre", 100).build()), "ean");
        assertField(s.arjeplog.post(path, s.staffA.token(), product("Fel moms", null).add("vatPercent", 20)
                .add("priceOre", 100).build()), "vatPercent");
        assertField(s.arjeplog.post(path, s.staffA.token(), product("", null).add("vatPercent", 25)
                .add("priceOre", 100).build()), "name");
        assertField(s.arjeplog.post(path, s.staffA.token(), product("Negativ", null).add("vatPercent", 25)
                .add("priceOre", -1).build()), "priceOre");
        String sku = "SKU-" + s.run;
        assertEquals(201, s.arjeplog.post(path, s.staffA.token(), product("Första", null).add("sku", sku)
                .add("vatPercent", 25).add("priceOre", 100).build()).statusCode());
        assertField(s.arjeplog.post(path, s.staffA.token(), product("Andra", null).add("sku", sku)
                .add("vatPercent", 25).add("priceOre", 100).build()), "sku");
        assertProblem(s.arjeplog.send("POST", path, s.staffA.token(), Json.createArrayBuilder().build()), 400,
                "bad-request");
    }

    @Test
    void searchTreatsSwedishRight() {
        Shops s = shops();
        create(s, "Mellanmjölk " + s.run, 1590, 12);
        create(s, "MJÖLKCHOKLAD " + s.run, 2500, 12);
        create(s, "Mjölkpulver " + s.run, 1690, 12);
        create(s, "Havredryck mjolkfri " + s.run, 2290, 12);
        create(s, "Räksallad " + s.run, 4990, 12);
        create(s, "Rakblad " + s.run, 5900, 25);

        assertEquals(List.of("MJÖLKCHOKLAD", "Mjölkpulver", "Mellanmjölk"), names(s, "mjölk " + s.run),
                "prefix matches first, then the rest by name; case ignored; o is not ö");
        assertEquals(List.of("Räksallad"), names(s, "RÄK " + s.run));
        assertEquals(List.of("Rakblad"), names(s, "rak " + s.run), "a is not ä");
        assertEquals(List.of("Havredryck mjolkfri"), names(s, "mjolk " + s.run));
        assertEquals(List.of(), names(s, "% " + s.run), "a typed wildcard is a character, not a wildcard");
    }

    @Test
    void searchDoesNotTakeARingedAForA() {
        Shops s = shops();
        create(s, "Blåbär " + s.run, 3990, 12);
        create(s, "Blandsaft " + s.run, 2490, 12);
        create(s, "Frysta blåbär " + s.run, 4590, 12);

        assertEquals(List.of("Blåbär", "Frysta blåbär"), names(s, "blå " + s.run), "prefix first; partial word");
        assertEquals(List.of("Blåbär", "Frysta blåbär"), names(s, "BLÅ " + s.run), "case ignored, å kept");
        assertEquals(List.of("Blandsaft"), names(s, "bla " + s.run), "a is not å");
        assertEquals(List.of(), names(s, "blaa " + s.run), "no spelling of å with two a");
        assertEquals(List.of(), names(s.harjedalen, "blå " + s.run), "another municipality sees none");
    }

    @Test
    void searchFollowsEveryChangeOfNameAndDescription() {
        Shops s = shops();
        HttpResponse<String> created = s.arjeplog.post("/api/v1/shops/" + s.shopA + "/products", s.staffA.token(),
                product("Hjortronsylt " + s.run, null).add("description", "Kokt på handplockade bär")
                        .add("vatPercent", 12).add("priceOre", 6900).build());
        assertEquals(201, created.statusCode(), created.body());
        long id = ((JsonObject) GalleryClient.json(created)).getJsonNumber("id").longValue();
        assertEquals(List.of("Hjortronsylt"), names(s, "hjortron " + s.run));
        assertEquals(List.of("Hjortronsylt"), names(s, "HANDPLOCK " + s.run), "a word of the description");

        JsonObject change = product("Lingonsylt " + s.run, null).add("description", "Rårörd")
                .add("vatPercent", 12).add("priceOre", 5900)
                .add("version", s.arjeplog.getJson("/api/v1/products/" + id).getInt("version")).build();
        assertEquals(200, s.arjeplog.send("PUT", "/api/v1/products/" + id, s.staffA.token(), change).statusCode());
        assertEquals(List.of(), names(s, "hjortron " + s.run), "the old name no longer finds it");
        assertEquals(List.of(), names(s, "handplockade " + s.run), "nor the old description");
        assertEquals(List.of("Lingonsylt"), names(s, "ingonsyl " + s.run));
        assertEquals(List.of("Lingonsylt"), names(s, "rårörd " + s.run));

        assertEquals(204, s.arjeplog.send("DELETE", "/api/v1/products/" + id, s.staffA.token(), null).statusCode());
        assertEquals(List.of(), names(s, "lingonsylt " + s.run), "a removed product is not found");
        assertEquals(0, s.arjeplog.getJson("/api/v1/products?q=" + s.run).getInt("totalItems"));
    }

    @Test
    void aRepeatedSearchShowsProductsAddedHiddenOrChangedSinceAndOnlyItsOwnMunicipalitys() {
        Shops s = shops();
        assertEquals(List.of(), names(s, "moltebär " + s.run), "searched before the products existed");
        assertEquals(List.of(), names(s.harjedalen, "moltebär " + s.run));
        long jam = create(s, "Moltebärssylt " + s.run, 8900, 12);
        create(s, "Moltebär frysta " + s.run, 12900, 12);
        create(s, "Moltebärslikör alkoholfri " + s.run, 9900, 12);

        assertEquals(List.of("Moltebär frysta", "Moltebärslikör alkoholfri", "Moltebärssylt"),
                names(s, "moltebär " + s.run), "the same search again finds the new products");
        assertEquals(List.of(), names(s.harjedalen, "moltebär " + s.run), "another municipality's same search does not");
        JsonObject secondPage = s.arjeplog.getJson("/api/v1/products?size=2&page=1&q=moltebär%20" + s.run);
        assertEquals(3, secondPage.getInt("totalItems"));
        assertEquals(List.of("Moltebärssylt " + s.run), secondPage.getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(p -> p.getString("name")).toList(), "pages of a kept search continue its order");

        JsonObject hide = product("Moltebärssylt " + s.run, null).add("vatPercent", 12).add("priceOre", 8900)
                .add("visible", false).add("version", s.arjeplog.getJson("/api/v1/products/" + jam).getInt("version"))
                .build();
        assertEquals(200, s.arjeplog.send("PUT", "/api/v1/products/" + jam, s.staffA.token(), hide).statusCode());
        assertEquals(List.of("Moltebär frysta", "Moltebärslikör alkoholfri"), names(s, "moltebär " + s.run),
                "a hidden product leaves the search at once");
        assertEquals(List.of(9900L, 12900L), s.arjeplog.getJson("/api/v1/products?size=100&sort=PRICE_ASCENDING&q="
                        + "moltebär%20" + s.run).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("priceOre").longValue()).toList(), "another order is another search");
    }

    @Test
    void aCategoryListShowsAProductOfItsSubcategoryAsSoonAsItIsAddedAndOnlyInItsMunicipality() {
        Shops s = shops();
        Person admin = new Accounts(base).administrator("arjeplog");
        long berries = addCategory(s, admin, "Bär " + s.run, null);
        long frozen = addCategory(s, admin, "Frysta bär " + s.run, berries);
        try {
            String list = "/api/v1/products?category=" + berries;
            assertEquals(0, s.arjeplog.getJson(list).getInt("totalItems"), "listed while still empty");
            HttpResponse<String> created = s.arjeplog.post("/api/v1/shops/" + s.shopA + "/products",
                    s.staffA.token(), product("Frysta lingon " + s.run, null).add("vatPercent", 12)
                            .add("priceOre", 3990).add("categoryId", frozen).build());
            assertEquals(201, created.statusCode(), created.body());
            long id = ((JsonObject) GalleryClient.json(created)).getJsonNumber("id").longValue();

            JsonObject listed = s.arjeplog.getJson(list);
            assertEquals(1, listed.getInt("totalItems"), "the list made while empty is not kept after the change");
            assertEquals("Frysta lingon " + s.run, listed.getJsonArray("items").getJsonObject(0).getString("name"));
            assertEquals(0, s.harjedalen.getJson(list).getInt("totalItems"), "another municipality lists none of it");

            assertEquals(204, s.arjeplog.send("DELETE", "/api/v1/products/" + id, s.staffA.token(), null).statusCode());
            assertEquals(0, s.arjeplog.getJson(list).getInt("totalItems"), "a removed product leaves the list at once");
        } finally {
            for (long category : List.of(frozen, berries)) {
                s.arjeplog.send("DELETE", "/api/v1/municipality/categories/" + category, admin.token(), null);
            }
        }
    }

    @Test
    void hiddenProductsAreForTheShopOnly() {
        Shops s = shops();
        HttpResponse<String> created = s.arjeplog.post("/api/v1/shops/" + s.shopA + "/products", s.staffA.token(),
                product("Hemlig " + s.run, null).add("vatPercent", 25).add("priceOre", 100).add("visible", false)
                        .build());
        long id = ((JsonObject) GalleryClient.json(created)).getJsonNumber("id").longValue();

        assertProblem(s.arjeplog.get("/api/v1/products/" + id), 404, "not-found");
        assertEquals(List.of(), names(s, "hemlig " + s.run));
        assertTrue(s.arjeplog.send("GET", "/api/v1/shops/" + s.shopA + "/products?size=100", s.staffA.token(), null)
                .body().contains("Hemlig " + s.run));
    }

    @Test
    void categoriesCountTheirVisibleProducts() {
        Shops s = shops();
        JsonObject mejeri = category(s, "Mejeri");
        JsonObject livsmedel = category(s, "Livsmedel");
        assertEquals(livsmedel.getJsonNumber("id").longValue(), mejeri.getJsonNumber("parentId").longValue());
        long before = mejeri.getJsonNumber("productCount").longValue();
        long shopBefore = s.arjeplog.getJson("/api/v1/shops/" + s.shopA).getJsonNumber("productCount").longValue();

        s.arjeplog.post("/api/v1/shops/" + s.shopA + "/products", s.staffA.token(), product("Filmjölk " + s.run, null)
                .add("vatPercent", 12).add("priceOre", 1890).add("categoryId", mejeri.getJsonNumber("id").longValue())
                .build());

        assertEquals(before + 1, category(s, "Mejeri").getJsonNumber("productCount").longValue());
        assertEquals(shopBefore + 1, s.arjeplog.getJson("/api/v1/shops/" + s.shopA).getJsonNumber("productCount")
                .longValue(), "browsing by shop counts the new product");
        JsonObject filtered = s.arjeplog.getJson("/api/v1/products?category=" + mejeri.getJsonNumber("id")
                + "&q=" + s.run);
        assertEquals("Mejeri", filtered.getJsonArray("items").getJsonObject(0).getString("categoryName"));
        JsonObject viaParent = s.arjeplog.getJson("/api/v1/products?category=" + livsmedel.getJsonNumber("id")
                + "&q=" + s.run);
        assertEquals(1, viaParent.getInt("totalItems"), "a category shows its subcategories' products");
        assertTrue(category(s, "Livsmedel").getJsonNumber("productCount").longValue()
                >= category(s, "Mejeri").getJsonNumber("productCount").longValue(), "counts include subcategories");
    }

    private static long addCategory(Shops s, Person admin, String name, Long parentId) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name);
        if (parentId != null) {
            body.add("parentId", parentId);
        }
        HttpResponse<String> added = s.arjeplog.post("/api/v1/categories", admin.token(), body.build());
        assertEquals(201, added.statusCode(), added.body());
        return ((JsonObject) GalleryClient.json(added)).getJsonNumber("id").longValue();
    }

    private static void assertField(HttpResponse<String> response, String field) {
        JsonObject problem = assertProblem(response, 400, "invalid-input");
        assertEquals(field, problem.getJsonArray("violations").getJsonObject(0).getString("field"), response.body());
    }

    private static JsonObject category(Shops s, String name) {
        return ((jakarta.json.JsonArray) GalleryClient.json(s.arjeplog.get("/api/v1/categories")))
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").equals(name)).findFirst()
                .orElseThrow();
    }

    private static List<String> names(Shops s, String query) {
        return names(s.arjeplog, query).stream().map(name -> name.replace(" " + s.run, "")).toList();
    }

    private static List<String> names(GalleryClient gallery, String query) {
        return gallery.getJson("/api/v1/products?size=100&q=" + java.net.URLEncoder.encode(query,
                        java.nio.charset.StandardCharsets.UTF_8)).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(p -> p.getString("name")).toList();
    }

    private static long create(Shops s, String name, long priceOre, int vat) {
        HttpResponse<String> created = s.arjeplog.post("/api/v1/shops/" + s.shopA + "/products", s.staffA.token(),
                product(name, null).add("vatPercent", vat).add("priceOre", priceOre).build());
        assertEquals(201, created.statusCode(), created.body());
        return ((JsonObject) GalleryClient.json(created)).getJsonNumber("id").longValue();
    }

    private static JsonObjectBuilder product(String name, String ean) {
        JsonObjectBuilder product = Json.createObjectBuilder().add("name", name).add("description", "");
        return ean == null ? product : product.add("ean", ean);
    }

    /** Two Arjeplog shops with their staff, a resident, and a Härjedalen shop's staff; a run marker. */
    private record Shops(GalleryClient arjeplog, GalleryClient harjedalen, long shopA, Person staffA, Person staffB,
                         Person resident, Person harjedalenStaff, String run) {
    }

    private Shops shops() {
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        long shopA = shopId(arjeplog, "Fjällboden Lanthandel");
        long shopB = shopId(arjeplog, "Laisvalls Handel");
        Person admin = accounts.administrator("arjeplog");
        Person harjedalenAdmin = accounts.administrator("harjedalen");
        return new Shops(arjeplog, harjedalen, shopA, accounts.shopStaff("arjeplog", admin, shopA),
                accounts.shopStaff("arjeplog", admin, shopB), accounts.resident("arjeplog"),
                accounts.shopStaff("harjedalen", harjedalenAdmin, shopId(harjedalen, "Svegs Livs")),
                "k" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10));
    }

    static long shopId(GalleryClient gallery, String name) {
        return gallery.getJson("/api/v1/shops?size=100").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(shop -> shop.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
