package se.egalleria.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * Örnsköldsvik's administrator renames, moves and removes categories. The tests make categories of
 * their own (unique names) and remove them afterwards, so the tree is as before for other tests.
 */
class CategoriesApiIT extends DeployedGallery {

    private static final String ADMIN = "/api/v1/municipality/categories";

    private final List<Long> made = new ArrayList<>();
    private GalleryClient gallery;
    private Person admin;

    @AfterEach
    void removeWhatTheTestMade() {
        // A test may have moved categories under later ones: remove what can be removed until nothing
        // is left or nothing more goes (already removed ones answer 404).
        boolean removedSome = true;
        while (!made.isEmpty() && removedSome) {
            removedSome = made.removeIf(id -> List.of(204, 404).contains(
                    gallery.send("DELETE", ADMIN + "/" + id, admin.token(), null).statusCode()));
        }
    }

    @Test
    void theAdministratorRenamesMovesAndRemovesCategories() {
        start();
        String key = Shopping.newKey().substring(0, 8);
        long a = add("Kat A " + key, null);
        long b = add("Kat B " + key, a);
        long c = add("Kat C " + key, null);

        JsonObject moved = change(b, Json.createObjectBuilder().add("name", "Kat B2 " + key).add("parentId", c)
                .add("version", details(b).getJsonNumber("version").longValue()));
        assertEquals("Kat B2 " + key, moved.getString("name"));
        assertEquals(c, moved.getJsonNumber("parentId").longValue());
        assertEquals(1, moved.getInt("depth"));
        JsonObject inPublicTree = GalleryClient.json(gallery.get("/api/v1/categories")).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getJsonNumber("id").longValue() == b)
                .findFirst().orElseThrow();
        assertEquals("Kat B2 " + key, inPublicTree.getString("name"), "the cached tree is read again at once");
        assertEquals(c, inPublicTree.getJsonNumber("parentId").longValue());

        // No cycles: C under its own child B, A under itself; and no unknown parent.
        long cVersion = details(c).getJsonNumber("version").longValue();
        invalid(c, Json.createObjectBuilder().add("name", "Kat C " + key).add("parentId", b).add("version", cVersion),
                "parentId");
        invalid(a, Json.createObjectBuilder().add("name", "Kat A " + key).add("parentId", a)
                .add("version", details(a).getJsonNumber("version").longValue()), "parentId");
        invalid(a, Json.createObjectBuilder().add("name", "Kat A " + key).add("parentId", Long.MAX_VALUE)
                .add("version", details(a).getJsonNumber("version").longValue()), "parentId");
        invalid(a, Json.createObjectBuilder().add("name", " ").add("parentId", JsonValue.NULL)
                .add("version", details(a).getJsonNumber("version").longValue()), "name");
        invalid(a, Json.createObjectBuilder().add("name", "Kat A " + key), "version");
        assertProblem(gallery.send("PUT", ADMIN + "/" + b, admin.token(), Json.createObjectBuilder()
                .add("name", "Gammal").add("version", details(b).getJsonNumber("version").longValue() - 1).build()),
                409, "conflict");

        // Back to the top level.
        JsonObject top = change(b, Json.createObjectBuilder().add("name", "Kat B2 " + key)
                .add("parentId", JsonValue.NULL).add("version", details(b).getJsonNumber("version").longValue()));
        assertEquals(0, top.getInt("depth"));
        assertTrue(!top.containsKey("parentId") || top.isNull("parentId"), top.toString());

        assertEquals(204, gallery.send("DELETE", ADMIN + "/" + a, admin.token(), null).statusCode(), "A is empty now");
    }

    @Test
    void aCategoryWithProductsOrSubcategoriesIsKept() {
        start();
        String key = Shopping.newKey().substring(0, 8);
        long parent = add("Förälder " + key, null);
        long child = add("Barn " + key, parent);
        long shopId = gallery.getJson("/api/v1/shops?size=100").getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        HttpResponse<String> created = gallery.post("/api/v1/shops/" + shopId + "/products", admin.token(),
                Json.createObjectBuilder().add("name", "Kategorivara " + key).add("description", "")
                        .add("priceOre", 1000).add("vatPercent", 12).add("unit", "ST").add("storage", "AMBIENT")
                        .add("categoryId", child).build());
        assertEquals(201, created.statusCode(), created.body());
        long product = ((JsonObject) GalleryClient.json(created)).getJsonNumber("id").longValue();

        JsonObject hasChildren = assertProblem(gallery.send("DELETE", ADMIN + "/" + parent, admin.token(), null), 409,
                "conflict");
        assertTrue(hasChildren.getString("detail").contains("underkategorier"), hasChildren.toString());
        JsonObject inUse = assertProblem(gallery.send("DELETE", ADMIN + "/" + child, admin.token(), null), 409,
                "conflict");
        assertTrue(inUse.getString("detail").contains("varor"), inUse.toString());
        assertEquals(1, details(child).getJsonNumber("productCount").longValue());

        assertEquals(204, gallery.send("DELETE", "/api/v1/products/" + product, admin.token(), null).statusCode());
        assertEquals(204, gallery.send("DELETE", ADMIN + "/" + child, admin.token(), null).statusCode());
        assertEquals(204, gallery.send("DELETE", ADMIN + "/" + parent, admin.token(), null).statusCode());
        assertFalse(GalleryClient.json(gallery.get("/api/v1/categories")).asJsonArray().getValuesAs(JsonObject.class)
                .stream().anyMatch(n -> n.getJsonNumber("id").longValue() == parent));
    }

    @Test
    void onlyThisMunicipalitysAdministratorsKeepItsCategories() {
        start();
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        Person arjeplogAdmin = accounts.administrator("arjeplog");
        Person resident = accounts.resident("ornskoldsvik");
        long shopId = gallery.getJson("/api/v1/shops?size=100").getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Person staff = accounts.shopStaff("ornskoldsvik", admin, shopId);
        String name = "Skyddad " + Shopping.newKey().substring(0, 8);
        long id = add(name, null);
        JsonObject change = Json.createObjectBuilder().add("name", "Kapad").add("version",
                details(id).getJsonNumber("version").longValue()).build();

        assertProblem(gallery.send("GET", ADMIN, null, null), 401, "not-authenticated");
        for (Person refused : List.of(staff, resident)) {
            assertProblem(gallery.send("GET", ADMIN, refused.token(), null), 403, "forbidden");
            assertProblem(gallery.send("PUT", ADMIN + "/" + id, refused.token(), change), 403, "forbidden");
            assertProblem(gallery.send("DELETE", ADMIN + "/" + id, refused.token(), null), 403, "forbidden");
        }
        assertProblem(gallery.send("PUT", ADMIN + "/" + id, arjeplogAdmin.token(), change), 401, "not-authenticated");
        assertProblem(arjeplog.send("PUT", ADMIN + "/" + id, arjeplogAdmin.token(), change), 404, "not-found");
        assertProblem(arjeplog.send("DELETE", ADMIN + "/" + id, arjeplogAdmin.token(), null), 404, "not-found");
        assertEquals(name, details(id).getString("name"), "nothing changed");
    }

    private void start() {
        gallery = GalleryClient.forMunicipality(base, "ornskoldsvik");
        admin = new Accounts(base).administrator("ornskoldsvik");
    }

    private long add(String name, Long parentId) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name);
        if (parentId != null) {
            body.add("parentId", parentId);
        }
        HttpResponse<String> added = gallery.post("/api/v1/categories", admin.token(), body.build());
        assertEquals(201, added.statusCode(), added.body());
        long id = ((JsonObject) GalleryClient.json(added)).getJsonNumber("id").longValue();
        made.add(id);
        return id;
    }

    private JsonObject details(long id) {
        HttpResponse<String> response = gallery.send("GET", ADMIN, admin.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return GalleryClient.json(response).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private JsonObject change(long id, JsonObjectBuilder body) {
        HttpResponse<String> response = gallery.send("PUT", ADMIN + "/" + id, admin.token(), body.build());
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    private void invalid(long id, JsonObjectBuilder body, String field) {
        JsonObject problem = assertProblem(gallery.send("PUT", ADMIN + "/" + id, admin.token(), body.build()), 400,
                "invalid-input");
        assertEquals(field, problem.getJsonArray("violations").getJsonObject(0).getString("field"), problem.toString());
    }
}
