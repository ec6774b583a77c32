package se.egalleria.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * Örnsköldsvik's administrator keeps the carriers. The tests admit carriers of their own (unique
 * codes) and remove them again, so other tests find the municipality's list as before.
 */
class CarriersApiIT extends DeployedGallery {

    private static final String CARRIERS = "/api/v1/municipality/carriers";

    @Test
    void theAdministratorAdmitsChangesAndRemovesACarrier() {
        GalleryClient gallery = GalleryClient.forMunicipality(base, "ornskoldsvik");
        Person admin = new Accounts(base).administrator("ornskoldsvik");
        String code = "taxi-" + Shopping.newKey().substring(0, 8).toLowerCase();

        HttpResponse<String> added = gallery.post(CARRIERS, admin.token(),
                carrier(code, "Taxi Test", "TAXI").add("phone", "0660-123 45").build());
        assertEquals(201, added.statusCode(), added.body());
        JsonObject carrier = (JsonObject) GalleryClient.json(added);
        long id = carrier.getJsonNumber("id").longValue();
        assertEquals("TAXI", carrier.getString("mode"));
        assertEquals("0660-123 45", carrier.getString("phone"));
        assertTrue(codes(GalleryClient.json(gallery.get("/api/v1/carriers")).asJsonArray()).contains(code),
                "the public list has it at once");

        String recoded = code + "-ny";
        HttpResponse<String> changed = gallery.send("PUT", CARRIERS + "/" + id, admin.token(),
                carrier(recoded, "Taxi Test Ö-vik", "TAXI").add("organisationNumber", "556677-8899")
                        .add("subsidyAgreement", "Hemsändningsavtal 2027")
                        .add("version", carrier.getJsonNumber("version").longValue()).build());
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject now = (JsonObject) GalleryClient.json(changed);
        assertEquals(recoded, now.getString("code"));
        assertEquals("556677-8899", now.getString("organisationNumber"));
        assertEquals("Hemsändningsavtal 2027", now.getString("subsidyAgreement"));
        assertTrue(!now.containsKey("phone") || now.isNull("phone"), "a phone left out is removed: " + now);
        assertTrue(codes(GalleryClient.json(gallery.get("/api/v1/carriers")).asJsonArray()).contains(recoded),
                "the public list (kept a while) has the change at once");

        JsonObject conflict = assertProblem(gallery.send("PUT", CARRIERS + "/" + id, admin.token(),
                carrier(code, "Taxi Test", "TAXI").add("version", carrier.getJsonNumber("version").longValue())
                        .build()), 409, "conflict");
        assertTrue(conflict.getString("detail").contains("Taxi Test Ö-vik"), conflict.toString());

        assertEquals(204, gallery.send("DELETE", CARRIERS + "/" + id, admin.token(), null).statusCode());
        assertProblem(gallery.send("GET", CARRIERS + "/" + id, admin.token(), null), 404, "not-found");
        assertFalse(codes(GalleryClient.json(gallery.get("/api/v1/carriers")).asJsonArray()).contains(recoded));
    }

    @Test
    void aCarrierWithDriversCannotBeRemoved() {
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        long bussgods = carrierId(arjeplog, "bussgods");
        accounts.carrier("arjeplog", admin, bussgods);

        JsonObject refused = assertProblem(arjeplog.send("DELETE", CARRIERS + "/" + bussgods, admin.token(), null),
                409, "conflict");
        assertTrue(refused.getString("detail").contains("Bussgods Arjeplog"), refused.toString());
        assertTrue(codes(GalleryClient.json(arjeplog.get("/api/v1/carriers")).asJsonArray()).contains("bussgods"));
    }

    @Test
    void badInputNamesTheField() {
        GalleryClient gallery = GalleryClient.forMunicipality(base, "ornskoldsvik");
        Person admin = new Accounts(base).administrator("ornskoldsvik");
        String code = "fel-" + Shopping.newKey().substring(0, 8).toLowerCase();

        invalid(gallery, admin, carrier("", "Namn", "TAXI"), "code");
        invalid(gallery, admin, carrier("Med mellanslag", "Namn", "TAXI"), "code");
        invalid(gallery, admin, carrier("posten", "Namn", "TAXI"), "code");
        invalid(gallery, admin, carrier(code, " ", "TAXI"), "name");
        invalid(gallery, admin, carrier(code, "Namn", "DRÖNARE"), "mode");
        invalid(gallery, admin, carrier(code, "Namn", "TAXI").add("phone", "ring mig"), "phone");
        invalid(gallery, admin, carrier(code, "Namn", "TAXI").add("organisationNumber", "5566778899"),
                "organisationNumber");
        assertFalse(codes(GalleryClient.json(gallery.get("/api/v1/carriers")).asJsonArray()).contains(code));

        long posten = carrierId(gallery, "posten");
        JsonObject problem = assertProblem(gallery.send("PUT", CARRIERS + "/" + posten, admin.token(),
                carrier("posten", "Posten", "POSTAL_SERVICE").build()), 400, "invalid-input");
        assertEquals("version", problem.getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void onlyThisMunicipalitysAdministratorsKeepItsCarriers() {
        Accounts accounts = new Accounts(base);
        GalleryClient ornskoldsvik = GalleryClient.forMunicipality(base, "ornskoldsvik");
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        Person admin = accounts.administrator("ornskoldsvik");
        Person arjeplogAdmin = accounts.administrator("arjeplog");
        Person resident = accounts.resident("ornskoldsvik");
        long shopId = ornskoldsvik.getJson("/api/v1/shops?size=100").getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Person staff = accounts.shopStaff("ornskoldsvik", admin, shopId);
        long posten = carrierId(ornskoldsvik, "posten");
        JsonObject before = GalleryClient.json(ornskoldsvik.send("GET", CARRIERS + "/" + posten, admin.token(), null))
                .asJsonObject();
        JsonObject change = carrier("posten", "Kapad", "TAXI").add("version", before.getJsonNumber("version")
                .longValue()).build();
        JsonObject fresh = carrier("intrang-" + Shopping.newKey().substring(0, 8).toLowerCase(), "Intrång", "TAXI")
                .build();

        assertProblem(ornskoldsvik.send("GET", CARRIERS, null, null), 401, "not-authenticated");
        for (Person refused : List.of(staff, resident)) {
            assertProblem(ornskoldsvik.send("GET", CARRIERS, refused.token(), null), 403, "forbidden");
            assertProblem(ornskoldsvik.post(CARRIERS, refused.token(), fresh), 403, "forbidden");
            assertProblem(ornskoldsvik.send("PUT", CARRIERS + "/" + posten, refused.token(), change), 403,
                    "forbidden");
            assertProblem(ornskoldsvik.send("DELETE", CARRIERS + "/" + posten, refused.token(), null), 403,
                    "forbidden");
        }
        assertProblem(ornskoldsvik.send("DELETE", CARRIERS + "/" + posten, arjeplogAdmin.token(), null), 401,
                "not-authenticated");
        assertProblem(arjeplog.send("GET", CARRIERS + "/" + posten, arjeplogAdmin.token(), null), 404, "not-found");
        assertProblem(arjeplog.send("PUT", CARRIERS + "/" + posten, arjeplogAdmin.token(), change), 404,
                "not-found");
        assertProblem(arjeplog.send("DELETE", CARRIERS + "/" + posten, arjeplogAdmin.token(), null), 404,
                "not-found");
        assertEquals(before, GalleryClient.json(ornskoldsvik.send("GET", CARRIERS + "/" + posten, admin.token(),
                null)), "nothing changed");
    }

    private static void invalid(GalleryClient gallery, Person admin, JsonObjectBuilder body, String field) {
        JsonObject problem = assertProblem(gallery.post(CARRIERS, admin.token(), body.build()), 400, "invalid-input");
        assertEquals(field, problem.getJsonArray("violations").getJsonObject(0).getString("field"), problem.toString());
    }

    private static JsonObjectBuilder carrier(String code, String name, String mode) {
        return Json.createObjectBuilder().add("code", code).add("name", name).add("mode", mode);
    }

    private static long carrierId(GalleryClient gallery, String code) {
        return GalleryClient.json(gallery.get("/api/v1/carriers")).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static List<String> codes(JsonArray carriers) {
        return carriers.getValuesAs(JsonObject.class).stream().map(c -> c.getString("code")).toList();
    }
}
