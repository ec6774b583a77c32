package se.egalleria.servicepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.ordering.TwoShops;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * Service points through the API: the public list, the municipality's criteria and threshold, each
 * shop's assessment and designation, refused to everyone but the municipality's administrators.
 * The database is shared with other tests and runs: Slagnäs Livs (not a demo service point) is
 * designated and withdrawn again here, and Härjedalen's criteria are changed and put back.
 */
class ServicePointApiIT extends DeployedGallery {

    private static final String LIST = "/api/v1/service-points";
    private static final String CRITERIA = LIST + "/criteria";
    private static final String ASSESSMENTS = LIST + "/assessments/";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Test
    void everyoneSeesTheDemoServicePointsWithTheirOpeningHours() {
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        HttpResponse<String> response = arjeplog.send("GET", LIST, null, null);
        assertEquals(200, response.statusCode(), response.body());
        JsonArray points = (JsonArray) GalleryClient.json(response);
        JsonObject laisvall = byName(points, "Laisvalls Handel");
        assertEquals("Laisvall", laisvall.getString("village"));
        assertEquals("Mån–fre 10–18, lör 10–14", laisvall.getString("openingHours"));
        assertEquals("Arjeplog", byName(points, "Fjällboden Lanthandel").getString("village"));

        JsonArray harjedalen = (JsonArray) GalleryClient.json(
                GalleryClient.forMunicipality(base, "harjedalen").send("GET", LIST, null, null));
        assertFalse(harjedalen.isEmpty(), "Härjedalen has demo service points too");
        assertTrue(names(harjedalen).stream().noneMatch(names(points)::contains), "another municipality's list");
    }

    @Test
    void aMunicipalityStartsWithOrnskoldsviksFiveCriteriaThreeRequired() {
        // Örnsköldsvik's criteria are only ever read by the tests, so they are still the defaults.
        Person admin = new Accounts(base).administrator("ornskoldsvik");
        JsonObject criteria = get(GalleryClient.forMunicipality(base, "ornskoldsvik"), CRITERIA, admin);
        assertEquals(3, criteria.getInt("required"));
        assertEquals(List.of("Publik dator med internet", "Kaffehörna", "Turistinformation med broschyrer",
                "Minst tre aktiviteter per år", "Hemsändning av dagligvaror"), criterionNames(criteria));
    }

    @Test
    void theAdministratorRenamesAddsAndRemovesCriteriaAndSetsTheThreshold() {
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        Person admin = new Accounts(base).administrator("harjedalen");
        JsonObject original = get(harjedalen, CRITERIA, admin);
        JsonArray was = original.getJsonArray("criteria");
        assertTrue(was.size() >= 2, original.toString());
        String run = Shopping.newKey().substring(0, 8);
        try {
            JsonArrayBuilder changed = Json.createArrayBuilder()
                    .add(entry(was.getJsonObject(0).getJsonNumber("id").longValue(), "Wifi för alla " + run))
                    .add(Json.createObjectBuilder().add("name", "Föreningsinformation " + run));
            for (int i = 2; i < was.size(); i++) {
                changed.add(was.getJsonObject(i)); // the second is left out: removed
            }
            HttpResponse<String> response = harjedalen.send("PUT", CRITERIA, admin.token(),
                    Json.createObjectBuilder().add("required", 2).add("criteria", changed).build());
            assertEquals(200, response.statusCode(), response.body());
            JsonObject now = (JsonObject) GalleryClient.json(response);
            assertEquals(2, now.getInt("required"));
            List<String> names = criterionNames(now);
            assertEquals(was.size(), names.size(), names.toString());
            assertEquals("Wifi för alla " + run, names.get(0));
            assertEquals(was.getJsonObject(0).getInt("id"), now.getJsonArray("criteria").getJsonObject(0).getInt("id"),
                    "renamed, not replaced");
            assertEquals("Föreningsinformation " + run, names.get(1));
            assertFalse(names.contains(was.getJsonObject(1).getString("name")), names.toString());
            assertEquals(now, get(harjedalen, CRITERIA, admin));

            // The threshold lies between 1 and the number of criteria; names are required and unique.
            assertEquals("required", violation(harjedalen.send("PUT", CRITERIA, admin.token(),
                    Json.createObjectBuilder().add("required", 0).add("criteria", now.getJsonArray("criteria")).build())));
            assertEquals("required", violation(harjedalen.send("PUT", CRITERIA, admin.token(),
                    Json.createObjectBuilder().add("required", names.size() + 1)
                            .add("criteria", now.getJsonArray("criteria")).build())));
            assertEquals("required", violation(harjedalen.send("PUT", CRITERIA, admin.token(),
                    Json.createObjectBuilder().add("criteria", now.getJsonArray("criteria")).build())));
            assertEquals("criteria", violation(harjedalen.send("PUT", CRITERIA, admin.token(),
                    Json.createObjectBuilder().add("required", 1).add("criteria", Json.createArrayBuilder()).build())));
            assertEquals("criteria", violation(harjedalen.send("PUT", CRITERIA, admin.token(),
                    Json.createObjectBuilder().add("required", 1).add("criteria", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("name", "Kaffe " + run))
                            .add(Json.createObjectBuilder().add("name", "KAFFE " + run))).build())));
            assertEquals("criteria", violation(harjedalen.send("PUT", CRITERIA, admin.token(),
                    Json.createObjectBuilder().add("required", 1).add("criteria", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("name", "  "))).build())));
            assertEquals("criteria", violation(harjedalen.send("PUT", CRITERIA, admin.token(),
                    Json.createObjectBuilder().add("required", 1).add("criteria", Json.createArrayBuilder()
                            .add(entry(Long.MAX_VALUE, "Okänt " + run))).build())));
            assertEquals(now, get(harjedalen, CRITERIA, admin), "refused changes change nothing");
        } finally {
            // Put the names and threshold back (the removed criterion comes back with a new id).
            JsonArrayBuilder back = Json.createArrayBuilder();
            JsonArray current = get(harjedalen, CRITERIA, admin).getJsonArray("criteria");
            back.add(entry(current.getJsonObject(0).getJsonNumber("id").longValue(), was.getJsonObject(0).getString("name")));
            back.add(Json.createObjectBuilder().add("name", was.getJsonObject(1).getString("name")));
            for (int i = 2; i < was.size(); i++) {
                back.add(was.getJsonObject(i));
            }
            HttpResponse<String> restored = harjedalen.send("PUT", CRITERIA, admin.token(), Json.createObjectBuilder()
                    .add("required", original.getInt("required")).add("criteria", back).build());
            assertEquals(200, restored.statusCode(), restored.body());
        }
    }

    @Test
    void aShopMeetingTheThresholdWithACurrentContractIsDesignatedAndWithdrawn() {
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        Person admin = new Accounts(base).administrator("arjeplog");
        long slagnas = Shopping.shopId(arjeplog, "Slagnäs Livs & Bensin");
        JsonObject criteria = get(arjeplog, CRITERIA, admin);
        int required = criteria.getInt("required");
        List<Long> ids = criteria.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue()).toList();
        String path = ASSESSMENTS + slagnas;
        // A resident's basket already shown before the designation offers the new service point after it.
        TwoShops shops = TwoShops.in(base);
        String basket = shops.shopping().basket();
        shops.shopping().addOk(basket, shops.cheese(), 1);
        assertFalse(servicePointsOffered(arjeplog, basket, shops.fjallboden()).contains("Slagnäs Livs & Bensin"));
        try {
            // One criterion short, with a contract: refused.
            JsonObject shortOne = record(arjeplog, admin, slagnas, ids.subList(0, required - 1),
                    TODAY.minusMonths(1), TODAY.plusYears(3), 5_000_000);
            assertEquals(required - 1, shortOne.getInt("metCount"));
            assertFalse(shortOne.getBoolean("meetsThreshold"));
            assertFalse(shortOne.getBoolean("designatable"));
            JsonObject problem = assertProblem(arjeplog.send("PUT", path + "/designation", admin.token(), null),
                    409, "conflict");
            assertEquals("Butiken uppfyller " + (required - 1) + " av de " + required + " kriterier som krävs.",
                    problem.getString("detail"));

            // Enough criteria but no contract, or one that is over: refused.
            record(arjeplog, admin, slagnas, ids.subList(0, required), null, null, 0);
            assertProblem(arjeplog.send("PUT", path + "/designation", admin.token(), null), 409, "conflict");
            record(arjeplog, admin, slagnas, ids.subList(0, required), TODAY.minusYears(3), TODAY.minusDays(1), 0);
            JsonObject over = assertProblem(arjeplog.send("PUT", path + "/designation", admin.token(), null), 409,
                    "conflict");
            assertEquals("Avtalet gick ut " + TODAY.minusDays(1) + ".", over.getString("detail"));
            assertFalse(get(arjeplog, path, admin).getBoolean("servicePoint"));

            // Enough criteria and a contract covering today: designated, and listed publicly.
            JsonObject ok = record(arjeplog, admin, slagnas, ids.subList(0, required), TODAY, TODAY.plusYears(3),
                    5_000_000);
            assertTrue(ok.getBoolean("designatable"));
            assertEquals(5_000_000, ok.getJsonNumber("yearlyCompensationOre").longValue());
            assertEquals(TODAY.plusYears(3).toString(), ok.getString("contractTo"));
            HttpResponse<String> designated = arjeplog.send("PUT", path + "/designation", admin.token(), null);
            assertEquals(200, designated.statusCode(), designated.body());
            assertTrue(((JsonObject) GalleryClient.json(designated)).getBoolean("servicePoint"));
            JsonObject listed = byName((JsonArray) GalleryClient.json(arjeplog.send("GET", LIST, null, null)),
                    "Slagnäs Livs & Bensin");
            List<String> expected = criteria.getJsonArray("criteria").getValuesAs(JsonObject.class)
                    .subList(0, required).stream().map(c -> c.getString("name")).toList();
            assertEquals(expected, listed.getJsonArray("criteria").getValuesAs(JsonValue.class).stream()
                    .map(v -> ((jakarta.json.JsonString) v).getString()).toList());
            assertTrue(((JsonArray) GalleryClient.json(arjeplog.send("GET", LIST + "/assessments", admin.token(),
                    null))).getValuesAs(JsonObject.class).stream()
                    .anyMatch(a -> a.getJsonNumber("shopId").longValue() == slagnas && a.getBoolean("servicePoint")));
            assertTrue(servicePointsOffered(arjeplog, basket, shops.fjallboden()).contains("Slagnäs Livs & Bensin"));

            // Withdrawn: no longer a service point, whatever the assessment says.
            HttpResponse<String> withdrawn = arjeplog.send("DELETE", path + "/designation", admin.token(), null);
            assertEquals(200, withdrawn.statusCode(), withdrawn.body());
            assertFalse(((JsonObject) GalleryClient.json(withdrawn)).getBoolean("servicePoint"));
            assertFalse(names((JsonArray) GalleryClient.json(arjeplog.send("GET", LIST, null, null)))
                    .contains("Slagnäs Livs & Bensin"));
            assertFalse(servicePointsOffered(arjeplog, basket, shops.fjallboden()).contains("Slagnäs Livs & Bensin"));
        } finally {
            arjeplog.send("DELETE", path + "/designation", admin.token(), null);
        }
    }

    /** The service points the basket offers for a shop's part of it, by name. */
    private static List<String> servicePointsOffered(GalleryClient gallery, String basket, long shopId) {
        return gallery.getJson("/api/v1/baskets/" + basket).getJsonArray("shops").getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getJsonNumber("shopId").longValue() == shopId).findFirst().orElseThrow()
                .getJsonObject("delivery").getJsonArray("servicePoints").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name")).toList();
    }

    @Test
    void badAssessmentsAreRefusedOnTheirField() {
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        Person admin = new Accounts(base).administrator("arjeplog");
        long slagnas = Shopping.shopId(arjeplog, "Slagnäs Livs & Bensin");
        String path = ASSESSMENTS + slagnas;
        assertEquals("contractTo", violation(arjeplog.send("PUT", path, admin.token(), Json.createObjectBuilder()
                .add("contractFrom", "2026-05-01").add("contractTo", "2026-04-30").build())));
        assertEquals("contractTo", violation(arjeplog.send("PUT", path, admin.token(), Json.createObjectBuilder()
                .add("contractFrom", "2026-05-01").build())));
        assertEquals("contractFrom", violation(arjeplog.send("PUT", path, admin.token(), Json.createObjectBuilder()
                .add("contractFrom", "2026-13-01").add("contractTo", "2027-01-01").build())));
        assertEquals("yearlyCompensationOre", violation(arjeplog.send("PUT", path, admin.token(),
                Json.createObjectBuilder().add("yearlyCompensationOre", -1).build())));
        assertEquals("criterionIds", violation(arjeplog.send("PUT", path, admin.token(), Json.createObjectBuilder()
                .add("criterionIds", Json.createArrayBuilder().add(Long.MAX_VALUE)).build())));
        // Another municipality's criterion is unknown here.
        Person harjedalenAdmin = new Accounts(base).administrator("harjedalen");
        long foreign = get(GalleryClient.forMunicipality(base, "harjedalen"), CRITERIA, harjedalenAdmin)
                .getJsonArray("criteria").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals("criterionIds", violation(arjeplog.send("PUT", path, admin.token(), Json.createObjectBuilder()
                .add("criterionIds", Json.createArrayBuilder().add(foreign)).build())));
    }

    @Test
    void onlyTheMunicipalitysAdministratorMayAssessAndDesignate() {
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        long slagnas = Shopping.shopId(arjeplog, "Slagnäs Livs & Bensin");
        Person staff = accounts.shopStaff("arjeplog", admin, slagnas);
        Person resident = accounts.resident("arjeplog");
        Person harjedalenAdmin = accounts.administrator("harjedalen");
        String path = ASSESSMENTS + slagnas;
        JsonObject body = Json.createObjectBuilder().add("yearlyCompensationOre", 1).build();

        for (Person refused : List.of(staff, resident)) {
            assertProblem(arjeplog.send("GET", CRITERIA, refused.token(), null), 403, "forbidden");
            assertProblem(arjeplog.send("PUT", CRITERIA, refused.token(), Json.createObjectBuilder().build()), 403,
                    "forbidden");
            assertProblem(arjeplog.send("GET", LIST + "/assessments", refused.token(), null), 403, "forbidden");
            assertProblem(arjeplog.send("PUT", path, refused.token(), body), 403, "forbidden");
            assertProblem(arjeplog.send("PUT", path + "/designation", refused.token(), null), 403, "forbidden");
            assertProblem(arjeplog.send("DELETE", path + "/designation", refused.token(), null), 403, "forbidden");
        }
        assertProblem(arjeplog.send("GET", CRITERIA, null, null), 401, "not-authenticated");
        assertProblem(arjeplog.send("PUT", path + "/designation", null, null), 401, "not-authenticated");
        assertProblem(arjeplog.send("PUT", path, harjedalenAdmin.token(), body), 401, "not-authenticated");
        assertProblem(arjeplog.send("GET", LIST + "/assessments", harjedalenAdmin.token(), null), 401,
                "not-authenticated");
        assertProblem(harjedalen.send("GET", CRITERIA, admin.token(), null), 401, "not-authenticated");
        assertProblem(harjedalen.send("DELETE", "/api/v1/service-points/assessments/" + slagnas + "/designation",
                admin.token(), null), 401, "not-authenticated");
        assertProblem(GalleryClient.forHost(base, "okand.example").send("GET", LIST, null, null), 404, "unknown-gallery");

        // A shop of another municipality does not exist here, for the administrator either.
        long sveg = ((JsonArray) GalleryClient.json(harjedalen.send("GET", LIST, null, null))).getJsonObject(0)
                .getJsonNumber("shopId").longValue();
        assertProblem(arjeplog.send("GET", ASSESSMENTS + sveg, admin.token(), null), 404, "not-found");
        assertProblem(arjeplog.send("PUT", ASSESSMENTS + sveg, admin.token(), body), 404, "not-found");
        assertProblem(arjeplog.send("PUT", ASSESSMENTS + sveg + "/designation", admin.token(), null), 404,
                "not-found");
        assertProblem(arjeplog.send("DELETE", ASSESSMENTS + sveg + "/designation", admin.token(), null), 404,
                "not-found");
        assertProblem(arjeplog.send("PUT", ASSESSMENTS + "abc/designation", admin.token(), null), 404, "not-found");
        assertTrue(((JsonArray) GalleryClient.json(harjedalen.send("GET", LIST, null, null))).getValuesAs(
                JsonObject.class).stream().anyMatch(p -> p.getJsonNumber("shopId").longValue() == sveg),
                "still Härjedalen's service point");
    }

    private static JsonObject record(GalleryClient gallery, Person admin, long shopId, List<Long> criteria,
                                     LocalDate from, LocalDate to, long ore) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        criteria.forEach(ids::add);
        var body = Json.createObjectBuilder().add("criterionIds", ids).add("yearlyCompensationOre", ore);
        if (from != null) {
            body.add("contractFrom", from.toString()).add("contractTo", to.toString());
        }
        HttpResponse<String> response = gallery.send("PUT", ASSESSMENTS + shopId, admin.token(), body.build());
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    private static JsonObject get(GalleryClient gallery, String path, Person who) {
        HttpResponse<String> response = gallery.send("GET", path, who.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    private static JsonObject entry(long id, String name) {
        return Json.createObjectBuilder().add("id", id).add("name", name).build();
    }

    private static String violation(HttpResponse<String> response) {
        return assertProblem(response, 400, "invalid-input").getJsonArray("violations").getJsonObject(0)
                .getString("field");
    }

    private static List<String> criterionNames(JsonObject criteria) {
        return criteria.getJsonArray("criteria").getValuesAs(JsonObject.class).stream().map(c -> c.getString("name"))
                .toList();
    }

    private static List<String> names(JsonArray points) {
        return points.getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList();
    }

    private static JsonObject byName(JsonArray points, String name) {
        return points.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in " + points));
    }
}
