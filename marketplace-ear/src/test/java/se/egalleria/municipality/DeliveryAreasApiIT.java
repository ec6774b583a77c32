package se.egalleria.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.ordering.TwoShops;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * Arjeplog's administrator sets where and when Slagnäs Livs delivers home; the next basket offers
 * what was set. Every test puts the shop's area back as it found it (other tests rely on it).
 */
class DeliveryAreasApiIT extends DeployedGallery {

    @Test
    void aWiderAreaAndLowerMinimumReachTheNextBasket() {
        TwoShops s = TwoShops.in(base);
        Person admin = new Accounts(base).administrator("arjeplog");
        String path = path(s.slagnas());
        JsonObject before = area(s.arjeplog(), admin, path);
        assertEquals("Slagnäs Livs & Bensin", before.getString("shopName"));
        // The basket is shown before the change too: what it showed must not outlive the change.
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.bread(), 1);
        assertTrue(delivery(s, basket).getJsonArray("villages").getValuesAs(JsonString.class).stream()
                .noneMatch(v -> v.getString().equals("Laisvall")), "Slagnäs does not deliver to Laisvall yet");
        try {
            JsonArrayBuilder villages = Json.createArrayBuilder(before.getJsonArray("villageIds")).add(s.laisvall());
            JsonObject changed = change(s.arjeplog(), admin, path, Json.createObjectBuilder(before)
                    .add("villageIds", villages).add("routeDays", Json.createArrayBuilder().add("WEDNESDAY")
                            .add("MONDAY")).add("minimumOrderOre", 4000));
            assertEquals(List.of("MONDAY", "WEDNESDAY"), changed.getJsonArray("routeDays")
                    .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
            assertTrue(changed.getJsonArray("villageIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                    .anyMatch(n -> n.longValue() == s.laisvall()));

            JsonObject delivery = delivery(s, basket);
            assertEquals(4000, delivery.getJsonNumber("minimumOrderOre").longValue());
            assertEquals(false, delivery.getBoolean("belowMinimum"), "49,90 kr is above 40 kr");
            assertTrue(delivery.getJsonArray("villages").getValuesAs(JsonString.class).stream()
                    .anyMatch(v -> v.getString().equals("Laisvall")), delivery.toString());
        } finally {
            JsonObject now = area(s.arjeplog(), admin, path);
            change(s.arjeplog(), admin, path, Json.createObjectBuilder(before)
                    .add("version", now.getJsonNumber("version").longValue()));
        }
    }

    @Test
    void onlyTheMunicipalitysAdministratorsSetDeliveryAreas() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        Person resident = accounts.resident("arjeplog");
        Person harjedalenAdmin = accounts.administrator("harjedalen");
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        String path = path(s.slagnas());
        JsonObject before = area(s.arjeplog(), admin, path);
        JsonObject unchanged = Json.createObjectBuilder(before).build();

        assertProblem(s.arjeplog().send("GET", path, null, null), 401, "not-authenticated");
        // The shop's own staff keep its presentation, not the municipality's delivery areas.
        for (Person refused : List.of(s.slagnasStaff(), resident)) {
            assertProblem(s.arjeplog().send("GET", path, refused.token(), null), 403, "forbidden");
            assertProblem(s.arjeplog().send("PUT", path, refused.token(), unchanged), 403, "forbidden");
        }
        assertProblem(s.arjeplog().send("PUT", path, harjedalenAdmin.token(), unchanged), 401, "not-authenticated");
        assertProblem(harjedalen.send("GET", path, harjedalenAdmin.token(), null), 404, "not-found");
        assertProblem(harjedalen.send("PUT", path, harjedalenAdmin.token(), unchanged), 404, "not-found");
        assertEquals(before, area(s.arjeplog(), admin, path), "nothing changed");
    }

    @Test
    void badInputNamesTheFieldAndAStaleVersionIsAConflict() {
        TwoShops s = TwoShops.in(base);
        Person admin = new Accounts(base).administrator("arjeplog");
        String path = path(s.slagnas());
        JsonObject before = area(s.arjeplog(), admin, path);
        long sveg = new Shopping(GalleryClient.forMunicipality(base, "harjedalen")).villageId("Sveg");

        invalid(s, admin, path, Json.createObjectBuilder(before).add("villageIds", Json.createArrayBuilder().add(sveg)),
                "villageIds");
        invalid(s, admin, path, Json.createObjectBuilder(before).add("routeDays", Json.createArrayBuilder()
                .add("LÖRDAG")), "routeDays");
        invalid(s, admin, path, Json.createObjectBuilder(before).add("minimumOrderOre", -100), "minimumOrderOre");
        invalid(s, admin, path, Json.createObjectBuilder(before).remove("version"), "version");
        assertProblem(s.arjeplog().send("GET", path(Long.MAX_VALUE), admin.token(), null), 404, "not-found");

        JsonObject conflict = assertProblem(s.arjeplog().send("PUT", path, admin.token(), Json.createObjectBuilder(before)
                .add("version", before.getJsonNumber("version").longValue() - 1).build()), 409, "conflict");
        assertTrue(conflict.getString("detail").contains("Slagnäs Livs"), conflict.toString());
        assertEquals(before, area(s.arjeplog(), admin, path), "nothing changed");
    }

    private static void invalid(TwoShops s, Person admin, String path, JsonObjectBuilder body, String field) {
        JsonObject problem = assertProblem(s.arjeplog().send("PUT", path, admin.token(), body.build()), 400,
                "invalid-input");
        assertEquals(field, problem.getJsonArray("violations").getJsonObject(0).getString("field"), problem.toString());
    }

    private static JsonObject delivery(TwoShops s, String basket) {
        return s.arjeplog().getJson("/api/v1/baskets/" + basket).getJsonArray("shops").getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getJsonNumber("shopId").longValue() == s.slagnas()).findFirst().orElseThrow()
                .getJsonObject("delivery");
    }

    private static String path(long shopId) {
        return "/api/v1/municipality/shops/" + shopId + "/delivery-area";
    }

    private static JsonObject area(GalleryClient gallery, Person admin, String path) {
        HttpResponse<String> response = gallery.send("GET", path, admin.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    private static JsonObject change(GalleryClient gallery, Person admin, String path, JsonObjectBuilder body) {
        HttpResponse<String> response = gallery.send("PUT", path, admin.token(), body.build());
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }
}
