package se.egalleria.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/** Shop staff keep their service listings through the API; other shops and municipalities cannot touch them. */
class ServiceAdministrationIT extends DeployedGallery {

    @Test
    void staffChangeHideShowAndRemoveTheirShopsService() {
        Shops s = shops();
        long id = create(s, service("Tvätt " + s.run, "PHONE").add("phone", "0961-123 45").add("phoneHours", "vardagar 9–17"));
        JsonObject read = s.arjeplog.getJson("/api/v1/services/" + id);
        assertEquals(true, read.getBoolean("free"));
        assertEquals("0961-123 45", read.getString("phone"));

        JsonObject change = service(" Tvätt och mangling " + s.run + " ", "PHONE").add("phone", "0961-999 99")
                .add("priceOre", 15000).add("vatPercent", 25).add("version", read.getInt("version")).build();
        HttpResponse<String> changed = s.arjeplog.send("PUT", "/api/v1/services/" + id, s.staffA.token(), change);
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject after = (JsonObject) GalleryClient.json(changed);
        assertEquals("Tvätt och mangling " + s.run, after.getString("name"));
        assertEquals(15000, after.getInt("priceOre"));
        assertEquals(false, after.getBoolean("free"));
        assertEquals("0961-999 99", after.getString("phone"));
        assertProblem(s.arjeplog.send("PUT", "/api/v1/services/" + id, s.staffA.token(), change), 409, "conflict");
        assertField(s.arjeplog.send("PUT", "/api/v1/services/" + id, s.staffA.token(), service("Utan version", "PHONE")
                .add("phone", "0961-1234").build()), "version");
        assertField(s.arjeplog.send("PUT", "/api/v1/services/" + id, s.staffA.token(), service("", "PHONE")
                .add("phone", "0961-1234").add("version", after.getInt("version")).build()), "name");

        JsonObject hidden = visibility(s, id, s.staffA, false);
        assertEquals(false, hidden.getBoolean("visible"));
        assertProblem(s.arjeplog.get("/api/v1/services/" + id), 404, "not-found");
        assertFalse(serviceNames(s.arjeplog, s.run).contains("Tvätt och mangling"), "hidden: not found by residents");
        assertEquals("Tvätt och mangling " + s.run, staffRead(s, id).getString("name"), "the shop's staff still read it");
        assertTrue(shopList(s, s.staffA).contains("Tvätt och mangling " + s.run), "the shop's own list has it");
        assertEquals(true, visibility(s, id, s.staffA, true).getBoolean("visible"));
        assertEquals(List.of("Tvätt och mangling"), serviceNames(s.arjeplog, s.run));

        assertEquals(204, s.arjeplog.send("DELETE", "/api/v1/services/" + id, s.staffA.token(), null).statusCode());
        assertProblem(s.arjeplog.get("/api/v1/services/" + id), 404, "not-found");
        assertFalse(shopList(s, s.staffA).contains(s.run));
    }

    @Test
    void aServiceWithSeatsBookedAheadIsHiddenNotRemoved() {
        Shops s = shops();
        long id = create(s, service("Handlarrunda " + s.run, "SLOTS"));
        long booked = slot(s, id, 2);
        assertEquals(201, s.arjeplog.post("/api/v1/slots/" + booked + "/bookings", s.resident.token(),
                Json.createObjectBuilder().add("seats", 1).build()).statusCode());
        int version = staffRead(s, id).getInt("version");

        JsonObject refused = assertProblem(s.arjeplog.send("DELETE", "/api/v1/services/" + id, s.staffA.token(), null),
                409, "conflict");
        assertEquals("Tjänsten har bokade platser på kommande tider och kan inte tas bort. Dölj den i stället.",
                refused.getString("detail"));
        assertProblem(s.arjeplog.send("PUT", "/api/v1/services/" + id, s.staffA.token(), service("Handlarrunda " + s.run,
                "PHONE").add("phone", "0961-1234").add("version", version).build()), 409, "conflict");
        assertEquals("Handlarrunda " + s.run, s.arjeplog.getJson("/api/v1/services/" + id).getString("name"),
                "still there, still bookable in slots");

        visibility(s, id, s.staffA, false);
        assertProblem(s.arjeplog.post("/api/v1/slots/" + booked + "/bookings", s.resident.token(),
                Json.createObjectBuilder().add("seats", 1).build()), 404, "not-found");
        assertEquals(1, staffSlots(s, id).getJsonObject(0).getInt("booked"), "hidden: the booking stays");
    }

    @Test
    void aServiceWithoutBookingsAheadIsRemovedWithItsSlots() {
        Shops s = shops();
        long id = create(s, service("Skjuts " + s.run, "SLOTS"));
        long unbooked = slot(s, id, 4);

        assertEquals(204, s.arjeplog.send("DELETE", "/api/v1/services/" + id, s.staffA.token(), null).statusCode());
        assertProblem(s.arjeplog.post("/api/v1/slots/" + unbooked + "/bookings", s.resident.token(),
                Json.createObjectBuilder().add("seats", 1).build()), 404, "not-found");
    }

    @Test
    void otherShopsAndMunicipalitiesCannotTouchAService() {
        Shops s = shops();
        long id = create(s, service("Paket " + s.run, "PHONE").add("phone", "0961-555 55"));
        JsonObject read = s.arjeplog.getJson("/api/v1/services/" + id);
        JsonObject change = service("Kapad " + s.run, "PHONE").add("phone", "0961-1")
                .add("version", read.getInt("version")).build();

        assertProblem(s.arjeplog.post("/api/v1/shops/" + s.shopA + "/services", s.staffB.token(),
                service("Intrång", "PHONE").add("phone", "0961-1111").build()), 403, "forbidden");
        assertProblem(s.arjeplog.send("PUT", "/api/v1/services/" + id, s.staffB.token(), change), 403, "forbidden");
        assertProblem(s.arjeplog.send("PUT", "/api/v1/services/" + id + "/visibility", s.staffB.token(),
                Json.createObjectBuilder().add("visible", false).build()), 403, "forbidden");
        assertProblem(s.arjeplog.send("DELETE", "/api/v1/services/" + id, s.staffB.token(), null), 403, "forbidden");
        assertProblem(s.arjeplog.send("DELETE", "/api/v1/services/" + id, s.resident.token(), null), 403, "forbidden");
        assertProblem(s.arjeplog.send("DELETE", "/api/v1/services/" + id, null, null), 401, "not-authenticated");
        assertProblem(s.arjeplog.send("GET", "/api/v1/shops/" + s.shopA + "/services", s.staffB.token(), null), 403,
                "forbidden");

        assertProblem(s.harjedalen.get("/api/v1/services/" + id), 404, "not-found");
        assertProblem(s.harjedalen.send("PUT", "/api/v1/services/" + id, s.harjedalenStaff.token(), change), 404,
                "not-found");
        assertProblem(s.harjedalen.send("PUT", "/api/v1/services/" + id + "/visibility", s.harjedalenStaff.token(),
                Json.createObjectBuilder().add("visible", false).build()), 404, "not-found");
        assertProblem(s.harjedalen.send("DELETE", "/api/v1/services/" + id, s.harjedalenStaff.token(), null), 404,
                "not-found");
        assertProblem(s.harjedalen.send("GET", "/api/v1/shops/" + s.shopA + "/services", s.harjedalenStaff.token(),
                null), 404, "not-found");
        assertProblem(s.arjeplog.send("DELETE", "/api/v1/services/" + id, s.harjedalenStaff.token(), null), 401,
                "not-authenticated");
        assertEquals(List.of(), serviceNames(s.harjedalen, s.run));

        JsonObject unchanged = s.arjeplog.getJson("/api/v1/services/" + id);
        assertEquals("Paket " + s.run, unchanged.getString("name"), "nothing changed");
        assertEquals(true, unchanged.getBoolean("visible"));
    }

    @Test
    void searchFindsServicesTheSwedishWayNameMatchesFirst() {
        Shops s = shops();
        create(s, service("Städning " + s.run, "PHONE").add("phone", "0961-1234").add("description", "Tvätt av fönster ingår"));
        create(s, service("Tvättstuga " + s.run, "PHONE").add("phone", "0961-1234"));
        create(s, service("Mattvätt " + s.run, "PHONE").add("phone", "0961-1234"));
        create(s, service("Tvattbjörn " + s.run, "PHONE").add("phone", "0961-1234"));

        assertEquals(List.of("Tvättstuga", "Mattvätt", "Städning"), serviceNames(s.arjeplog, "tvätt " + s.run),
                "name starting with the word, then name containing it, then description");
        assertEquals(List.of("Tvättstuga", "Mattvätt", "Städning"), serviceNames(s.arjeplog, "TVÄTT " + s.run));
        assertEquals(List.of("Tvattbjörn"), serviceNames(s.arjeplog, "tvatt " + s.run), "a is not ä");
        assertEquals(List.of("Städning"), serviceNames(s.arjeplog, "städ " + s.run));
        assertEquals(List.of(), serviceNames(s.harjedalen, "tvätt " + s.run), "another municipality sees none");

        Document page = page(s.arjeplog, "/products.xhtml?q=" + enc("tvättstuga " + s.run));
        assertEquals("Tjänster", page.selectFirst("#service-results h2").text());
        assertEquals(List.of("Tvättstuga " + s.run), page.select("#service-results li a").eachText());
        assertTrue(page.selectFirst("#service-results li a").attr("href").startsWith("/service.xhtml?id="));
        Document all = page(s.arjeplog, "/products.xhtml?q=" + enc("tvätt " + s.run));
        assertEquals(List.of("Tvättstuga " + s.run, "Mattvätt " + s.run, "Städning " + s.run),
                all.select("#service-results li a").eachText());
        assertEquals(null, page(s.harjedalen, "/products.xhtml?q=" + enc("tvätt " + s.run)).selectFirst("#service-results"),
                "not in Härjedalen's gallery");
    }

    @Test
    void theApiDescribesWhatStaffAndResidentsCanDoWithServices() {
        JsonObject paths = ((JsonObject) GalleryClient.json(GalleryClient.platform(base).get("/openapi",
                "application/json"))).getJsonObject("paths");
        JsonObject service = paths.getJsonObject("/api/v1/services/{id}");
        assertTrue(service.containsKey("put") && service.containsKey("delete"), service.keySet().toString());
        assertTrue(paths.getJsonObject("/api/v1/services/{id}/visibility").containsKey("put"));
        assertTrue(paths.getJsonObject("/api/v1/services/{id}/slots/weekly").getJsonObject("post").getString("summary")
                .startsWith("Add a weekly series of slots"));
        assertTrue(paths.getJsonObject("/api/v1/slots/{id}").containsKey("put"));
        assertTrue(paths.getJsonObject("/api/v1/bookings/{id}").containsKey("delete"));
        assertTrue(paths.getJsonObject("/api/v1/shops/{shopId}/services").containsKey("get"));
    }

    private static Document page(GalleryClient gallery, String path) {
        HttpResponse<String> response = gallery.get(path, "text/html");
        assertEquals(200, response.statusCode(), response.body());
        return Jsoup.parse(response.body());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonObject visibility(Shops s, long id, Person who, boolean visible) {
        HttpResponse<String> response = s.arjeplog.send("PUT", "/api/v1/services/" + id + "/visibility", who.token(),
                Json.createObjectBuilder().add("visible", visible).build());
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    private static JsonObject staffRead(Shops s, long id) {
        HttpResponse<String> response = s.arjeplog.send("GET", "/api/v1/services/" + id, s.staffA.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    private static JsonArray staffSlots(Shops s, long id) {
        HttpResponse<String> response = s.arjeplog.send("GET", "/api/v1/services/" + id + "/slots", s.staffA.token(),
                null);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonArray) GalleryClient.json(response);
    }

    private static String shopList(Shops s, Person who) {
        HttpResponse<String> response = s.arjeplog.send("GET", "/api/v1/shops/" + s.shopA + "/services?size=100",
                who.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static List<String> serviceNames(GalleryClient gallery, String query) {
        return gallery.getJson("/api/v1/services?size=100&q=" + enc(query)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("name").replaceAll(" k[0-9a-f]{10}$", ""))
                .toList();
    }

    private static void assertField(HttpResponse<String> response, String field) {
        JsonObject problem = assertProblem(response, 400, "invalid-input");
        assertEquals(field, problem.getJsonArray("violations").getJsonObject(0).getString("field"), response.body());
    }

    private static long create(Shops s, JsonObjectBuilder service) {
        HttpResponse<String> created = s.arjeplog.post("/api/v1/shops/" + s.shopA + "/services", s.staffA.token(),
                service.build());
        assertEquals(201, created.statusCode(), created.body());
        return ((JsonObject) GalleryClient.json(created)).getJsonNumber("id").longValue();
    }

    private static long slot(Shops s, long serviceId, int seats) {
        HttpResponse<String> slot = s.arjeplog.post("/api/v1/services/" + serviceId + "/slots", s.staffA.token(),
                Json.createObjectBuilder().add("startsAt", Instant.now().plus(3, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.HOURS).toString()).add("capacity", seats).build());
        assertEquals(201, slot.statusCode(), slot.body());
        return ((JsonObject) GalleryClient.json(slot)).getJsonNumber("id").longValue();
    }

    static JsonObjectBuilder service(String name, String booking) {
        return Json.createObjectBuilder().add("name", name).add("description", "").add("kind", "OTHER")
                .add("booking", booking);
    }

    /** Two Arjeplog shops with their staff, a resident, and a Härjedalen shop's staff; a run marker. */
    private record Shops(Accounts accounts, GalleryClient arjeplog, GalleryClient harjedalen, long shopA,
                         Person staffA, Person staffB, Person resident, Person harjedalenStaff, String run) {
    }

    private Shops shops() {
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        long shopA = ProductApiIT.shopId(arjeplog, "Fjällboden Lanthandel");
        long shopB = ProductApiIT.shopId(arjeplog, "Laisvalls Handel");
        Person admin = accounts.administrator("arjeplog");
        Person harjedalenAdmin = accounts.administrator("harjedalen");
        return new Shops(accounts, arjeplog, harjedalen, shopA, accounts.shopStaff("arjeplog", admin, shopA),
                accounts.shopStaff("arjeplog", admin, shopB), accounts.resident("arjeplog"),
                accounts.shopStaff("harjedalen", harjedalenAdmin, ProductApiIT.shopId(harjedalen, "Svegs Livs")),
                "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
    }
}
