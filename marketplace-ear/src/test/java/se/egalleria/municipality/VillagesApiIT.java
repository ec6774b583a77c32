package se.egalleria.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * Örnsköldsvik's administrator keeps the villages. The tests add villages of their own (unique
 * names) and remove them again, so the municipality's list is as before for other tests.
 */
class VillagesApiIT extends DeployedGallery {

    private static final String VILLAGES = "/api/v1/municipality/villages";

    @Test
    void theAdministratorAddsChangesAndRemovesAVillage() {
        GalleryClient gallery = GalleryClient.forMunicipality(base, "ornskoldsvik");
        Person admin = new Accounts(base).administrator("ornskoldsvik");
        String name = "Testby " + Shopping.newKey().substring(0, 8);

        HttpResponse<String> added = gallery.post(VILLAGES, admin.token(), village(name, "63.40", "18.60", 12).build());
        assertEquals(201, added.statusCode(), added.body());
        JsonObject village = (JsonObject) GalleryClient.json(added);
        long id = village.getJsonNumber("id").longValue();
        assertEquals(new BigDecimal("63.400000"), village.getJsonNumber("latitude").bigDecimalValue());
        assertEquals(12, village.getInt("households"));
        assertTrue(names(gallery.getJson("/api/v1/municipality").getJsonArray("villages")).contains(name),
                "the public profile lists the new village at once");

        String renamed = name + " by";
        HttpResponse<String> changed = gallery.send("PUT", VILLAGES + "/" + id, admin.token(),
                village(renamed, "63.5", "18.7", 15).add("version", village.getJsonNumber("version").longValue())
                        .build());
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject now = (JsonObject) GalleryClient.json(changed);
        assertEquals(renamed, now.getString("name"));
        assertEquals(15, now.getInt("households"));
        List<String> listed = names(GalleryClient.json(gallery.send("GET", VILLAGES, admin.token(), null))
                .asJsonArray());
        assertTrue(listed.contains(renamed) && !listed.contains(name), listed.toString());
        assertTrue(names(gallery.getJson("/api/v1/municipality").getJsonArray("villages")).contains(renamed));

        // The version read before the change is stale now.
        JsonObject conflict = assertProblem(gallery.send("PUT", VILLAGES + "/" + id, admin.token(),
                village(name, "63.5", "18.7", 15).add("version", village.getJsonNumber("version").longValue())
                        .build()), 409, "conflict");
        assertTrue(conflict.getString("detail").contains(renamed), conflict.toString());

        assertEquals(204, gallery.send("DELETE", VILLAGES + "/" + id, admin.token(), null).statusCode());
        assertProblem(gallery.send("GET", VILLAGES + "/" + id, admin.token(), null), 404, "not-found");
        assertFalse(names(gallery.getJson("/api/v1/municipality").getJsonArray("villages")).contains(renamed));
    }

    @Test
    void aVillageThatShopsAndOrdersUseCannotBeRemoved() {
        GalleryClient gallery = GalleryClient.forMunicipality(base, "ornskoldsvik");
        Person admin = new Accounts(base).administrator("ornskoldsvik");
        String shopVillage = GalleryClient.json(gallery.get("/api/v1/shops?size=100")).asJsonObject()
                .getJsonArray("items").getJsonObject(0).getString("village");
        long id = new Shopping(gallery).villageId(shopVillage);

        JsonObject refused = assertProblem(gallery.send("DELETE", VILLAGES + "/" + id, admin.token(), null), 409,
                "conflict");
        assertTrue(refused.getString("detail").contains(shopVillage), refused.toString());
        assertTrue(names(gallery.getJson("/api/v1/municipality").getJsonArray("villages")).contains(shopVillage));
    }

    @Test
    void badInputNamesTheField() {
        GalleryClient gallery = GalleryClient.forMunicipality(base, "ornskoldsvik");
        Person admin = new Accounts(base).administrator("ornskoldsvik");
        String name = "Felby " + Shopping.newKey().substring(0, 8);
        String existing = names(gallery.getJson("/api/v1/municipality").getJsonArray("villages")).get(0);

        invalid(gallery, admin, village(" ", "63.4", "18.6", 1), "name");
        invalid(gallery, admin, village(existing, "63.4", "18.6", 1), "name");
        invalid(gallery, admin, village(name, "40.0", "18.6", 1), "latitude");
        invalid(gallery, admin, village(name, "18.6", "63.4", 1), "latitude");
        invalid(gallery, admin, village(name, "63.4", "30.5", 1), "longitude");
        invalid(gallery, admin, Json.createObjectBuilder().add("name", name).add("latitude", 63.4), "longitude");
        invalid(gallery, admin, village(name, "63.4", "18.6", -3), "households");
        assertProblem(gallery.post(VILLAGES, admin.token(), Json.createObjectBuilder().add("name", name)
                .add("latitude", "norr").build()), 400, "bad-request");
        assertFalse(names(gallery.getJson("/api/v1/municipality").getJsonArray("villages")).contains(name));

        long id = new Shopping(gallery).villageId(existing);
        JsonObject problem = assertProblem(gallery.send("PUT", VILLAGES + "/" + id, admin.token(),
                village(existing, "63.4", "18.6", 1).build()), 400, "invalid-input");
        assertEquals("version", problem.getJsonArray("violations").getJsonObject(0).getString("field"));
        assertProblem(gallery.send("PUT", VILLAGES + "/abc", admin.token(), village(name, "63.4", "18.6", 1)
                .add("version", 0).build()), 404, "not-found");
    }

    @Test
    void onlyThisMunicipalitysAdministratorsKeepItsVillages() {
        Accounts accounts = new Accounts(base);
        GalleryClient ornskoldsvik = GalleryClient.forMunicipality(base, "ornskoldsvik");
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        Person admin = accounts.administrator("ornskoldsvik");
        Person arjeplogAdmin = accounts.administrator("arjeplog");
        Person resident = accounts.resident("ornskoldsvik");
        long shopId = ornskoldsvik.getJson("/api/v1/shops?size=100").getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Person staff = accounts.shopStaff("ornskoldsvik", admin, shopId);
        String existing = names(ornskoldsvik.getJson("/api/v1/municipality").getJsonArray("villages")).get(0);
        long id = new Shopping(ornskoldsvik).villageId(existing);
        JsonObject before = GalleryClient.json(ornskoldsvik.send("GET", VILLAGES + "/" + id, admin.token(), null))
                .asJsonObject();
        JsonObject change = village(existing, "63.0", "18.0", 1).add("version", before.getJsonNumber("version")
                .longValue()).build();
        JsonObject fresh = village("Intrång " + Shopping.newKey().substring(0, 8), "63.4", "18.6", 1).build();

        assertProblem(ornskoldsvik.send("GET", VILLAGES, null, null), 401, "not-authenticated");
        for (Person refused : List.of(staff, resident)) {
            assertProblem(ornskoldsvik.send("GET", VILLAGES, refused.token(), null), 403, "forbidden");
            assertProblem(ornskoldsvik.post(VILLAGES, refused.token(), fresh), 403, "forbidden");
            assertProblem(ornskoldsvik.send("PUT", VILLAGES + "/" + id, refused.token(), change), 403, "forbidden");
            assertProblem(ornskoldsvik.send("DELETE", VILLAGES + "/" + id, refused.token(), null), 403, "forbidden");
        }
        // Another municipality's administrator: not valid on this host, and this village is not in theirs.
        assertProblem(ornskoldsvik.send("PUT", VILLAGES + "/" + id, arjeplogAdmin.token(), change), 401,
                "not-authenticated");
        assertProblem(arjeplog.send("GET", VILLAGES + "/" + id, arjeplogAdmin.token(), null), 404, "not-found");
        assertProblem(arjeplog.send("PUT", VILLAGES + "/" + id, arjeplogAdmin.token(), change), 404, "not-found");
        assertProblem(arjeplog.send("DELETE", VILLAGES + "/" + id, arjeplogAdmin.token(), null), 404, "not-found");
        assertFalse(names(GalleryClient.json(arjeplog.send("GET", VILLAGES, arjeplogAdmin.token(), null))
                .asJsonArray()).contains(existing));
        assertEquals(before, GalleryClient.json(ornskoldsvik.send("GET", VILLAGES + "/" + id, admin.token(), null)),
                "nothing changed");
    }

    private static void invalid(GalleryClient gallery, Person admin, JsonObjectBuilder body, String field) {
        JsonObject problem = assertProblem(gallery.post(VILLAGES, admin.token(), body.build()), 400, "invalid-input");
        assertEquals(field, problem.getJsonArray("violations").getJsonObject(0).getString("field"), problem.toString());
    }

    private static JsonObjectBuilder village(String name, String latitude, String longitude, int households) {
        return Json.createObjectBuilder().add("name", name).add("latitude", new BigDecimal(latitude))
                .add("longitude", new BigDecimal(longitude)).add("households", households);
    }

    private static List<String> names(JsonArray villages) {
        return villages.getValuesAs(JsonObject.class).stream().map(v -> v.getString("name")).toList();
    }
}
