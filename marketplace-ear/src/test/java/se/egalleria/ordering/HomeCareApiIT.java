package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * Home care: the administrator invites a worker and assigns residents; the worker orders for an
 * assigned resident (the resident's order, address and household), is refused for anyone else and
 * after the assignment is removed; other galleries' ids are 404. And "repeat an order": the preview
 * shows every change with exact prices and places nothing; the confirm places it at today's prices.
 */
class HomeCareApiIT extends DeployedGallery {

    private static final JsonObject EMPTY = Json.createObjectBuilder().build();
    private static final String ASSIGNMENTS = "/api/v1/municipality/home-care/assignments";

    @Test
    void aWorkerOrdersForAnAssignedResidentUntilTheAssignmentIsRemoved() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = s.arjeplog();
        Person admin = accounts.administrator("arjeplog");
        Person worker = accounts.invited("arjeplog", admin, "HOME_CARE", null, null);
        Person resident = accounts.resident("arjeplog");
        Person unassigned = accounts.resident("arjeplog");
        String street = "Hemtjänstvägen " + Shopping.newKey().substring(0, 8);
        long bussgods = OrderWorkflowApiIT.carrierId(arjeplog, "Bussgods Arjeplog");
        Person driver = accounts.carrier("arjeplog", admin, bussgods);
        assertEquals(201, SubsidyReportApiIT.approve(s, admin.token(), street, "PENSIONER").statusCode());

        // The resident's own order, delivered: the address the worker's orders will go to.
        String own = homeDelivery(s, resident, s.shopping().contact(resident.email(), street, s.laisvall(),
                Json.createArrayBuilder().add(Shopping.choice(s.fjallboden(), "HOME_DELIVERY"))));
        deliver(s, own, bussgods, driver);

        long workerId = worker(arjeplog, admin, worker.email()).orElseThrow().getJsonNumber("accountId").longValue();
        HttpResponse<String> assigned = arjeplog.post(ASSIGNMENTS, admin.token(), assignment(workerId,
                resident.email().toUpperCase()));
        assertEquals(201, assigned.statusCode(), assigned.body());
        JsonObject assignment = (JsonObject) GalleryClient.json(assigned);
        long assignmentId = assignment.getJsonNumber("id").longValue();
        long residentId = assignment.getJsonNumber("residentAccountId").longValue();
        assertEquals(workerId, assignment.getJsonNumber("workerAccountId").longValue());
        assertEquals("Test Invånare", assignment.getString("residentName"));
        assertEquals(resident.email(), assignment.getString("residentEmail"));
        assertEquals("Test HOME_CARE", assignment.getString("workerName"));
        assertProblem(arjeplog.post(ASSIGNMENTS, admin.token(), assignment(workerId, resident.email())), 409,
                "conflict");
        JsonObject listed = worker(arjeplog, admin, worker.email()).orElseThrow();
        assertEquals("ACTIVE", listed.getString("status"));
        assertEquals(List.of(residentId), listed.getJsonArray("residents").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("residentAccountId").longValue()).toList());

        List<JsonObject> mine = residents(arjeplog, worker);
        assertEquals(1, mine.size());
        assertEquals(assignmentId, mine.get(0).getJsonNumber("id").longValue());
        JsonObject contact = (JsonObject) GalleryClient.json(arjeplog.send("GET", "/api/v1/home-care/residents/"
                + residentId + "/contact", worker.token(), null));
        assertEquals(street, contact.getString("street"));
        assertEquals("93090", contact.getString("postalCode"));
        assertEquals(s.laisvall(), contact.getJsonNumber("villageId").longValue());
        assertEquals("Elsa Lindqvist", contact.getString("name"));

        // The worker types no name or address: the order is the resident's, to the resident's address.
        String forResident = homeDelivery(s, worker, nothingTyped(s, residentId));
        JsonObject order = (JsonObject) GalleryClient.json(arjeplog.send("GET", "/api/v1/orders/" + forResident,
                s.fjallbodenStaff().token(), null));
        assertEquals("ON_BEHALF", order.getString("channel"));
        assertEquals(worker.email(), order.getString("placedBy"), "placed by the worker");
        assertEquals("Elsa Lindqvist", order.getString("customerName"), "for the resident");
        assertEquals(resident.email(), order.getString("email"), "the confirmation goes to the resident");
        assertEquals(street, order.getString("street"));
        assertEquals("93090", order.getString("postalCode"));
        assertEquals("Laisvall", order.getString("village"));
        assertEquals("070-123 45 67", order.getString("phone"));
        assertTrue(myOrders(arjeplog, resident).contains(forResident), "in the resident's orders");
        assertFalse(myOrders(arjeplog, worker).contains(forResident));

        // Subsidy: the resident's household, with its weekly limit shared with the resident's own order.
        deliver(s, forResident, bussgods, driver);
        JsonObject report = (JsonObject) GalleryClient.json(arjeplog.send("GET", "/api/v1/subsidy/reports/shop/"
                + s.fjallboden() + "/" + YearMonth.now(ZoneId.of("Europe/Stockholm")), admin.token(), null));
        assertEquals(List.of(), SubsidyReportApiIT.flags(report, own));
        assertEquals("PENSIONER", reportLine(report, forResident).getString("basis"));
        assertEquals(List.of("TOO_FREQUENT"), SubsidyReportApiIT.flags(report, forResident),
                "one delivery a week per household in Arjeplog, whoever ordered");

        // The worker repeats the resident's order: for the resident, placed by the worker.
        JsonObject preview = (JsonObject) GalleryClient.json(arjeplog.send("GET", "/api/v1/orders/" + own
                + "/reorder-preview", worker.token(), null));
        assertEquals(residentId, preview.getJsonNumber("onBehalfOf").longValue());
        assertEquals(street, preview.getString("street"));
        HttpResponse<String> repeated = arjeplog.post("/api/v1/orders/" + own + "/repetition", worker.token(), EMPTY,
                "Idempotency-Key", Shopping.newKey());
        assertEquals(201, repeated.statusCode(), repeated.body());
        JsonObject again = CheckoutApiIT.orders(repeated).get(0);
        assertEquals("ON_BEHALF", again.getString("channel"));
        assertEquals(worker.email(), again.getString("placedBy"));
        assertEquals(street, again.getString("street"));
        assertTrue(myOrders(arjeplog, resident).contains(again.getString("number")));

        // Only assigned residents, and only while assigned.
        Person colleague = accounts.invited("arjeplog", admin, "HOME_CARE", null, null);
        long colleagueId = worker(arjeplog, admin, colleague.email()).orElseThrow().getJsonNumber("accountId")
                .longValue();
        HttpResponse<String> toColleague = arjeplog.post(ASSIGNMENTS, admin.token(), assignment(colleagueId,
                unassigned.email()));
        assertEquals(201, toColleague.statusCode(), toColleague.body());
        long unassignedId = ((JsonObject) GalleryClient.json(toColleague)).getJsonNumber("residentAccountId")
                .longValue();
        assertProblem(order(s, worker, unassignedId), 403, "forbidden");
        assertProblem(arjeplog.send("GET", "/api/v1/orders/" + own + "/reorder-preview", unassigned.token(), null),
                404, "not-found");
        HttpResponse<String> ended = arjeplog.send("DELETE", ASSIGNMENTS + "/" + assignmentId, admin.token(), null);
        assertEquals(200, ended.statusCode(), ended.body());
        assertNotNull(((JsonObject) GalleryClient.json(ended)).getString("endedAt"));
        assertProblem(arjeplog.send("DELETE", ASSIGNMENTS + "/" + assignmentId, admin.token(), null), 404,
                "not-found");
        JsonObject refused = assertProblem(order(s, worker, residentId), 403, "forbidden");
        assertTrue(refused.getString("detail").contains("inte kopplad"), refused.toString());
        assertProblem(arjeplog.send("GET", "/api/v1/orders/" + own + "/reorder-preview", worker.token(), null), 404,
                "not-found");
        assertEquals(List.of(), residents(arjeplog, worker));
        assertEquals(0, worker(arjeplog, admin, worker.email()).orElseThrow().getJsonArray("residents").size());
        assertEquals("ON_BEHALF", ((JsonObject) GalleryClient.json(arjeplog.send("GET", "/api/v1/orders/"
                + forResident, s.fjallbodenStaff().token(), null))).getString("channel"), "earlier orders stay");
    }

    @Test
    void mistakesOtherRolesAndOtherGalleriesAreRefused() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = s.arjeplog();
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        Person admin = accounts.administrator("arjeplog");
        Person worker = accounts.invited("arjeplog", admin, "HOME_CARE", null, null);
        Person resident = accounts.resident("arjeplog");
        Person otherAdmin = accounts.administrator("harjedalen");
        Person otherWorker = accounts.invited("harjedalen", otherAdmin, "HOME_CARE", null, null);
        Person otherResident = accounts.resident("harjedalen");
        long workerId = worker(arjeplog, admin, worker.email()).orElseThrow().getJsonNumber("accountId").longValue();
        long otherWorkerId = worker(harjedalen, otherAdmin, otherWorker.email()).orElseThrow()
                .getJsonNumber("accountId").longValue();
        HttpResponse<String> otherAssigned = harjedalen.post(ASSIGNMENTS, otherAdmin.token(),
                assignment(otherWorkerId, otherResident.email()));
        assertEquals(201, otherAssigned.statusCode(), otherAssigned.body());
        JsonObject other = (JsonObject) GalleryClient.json(otherAssigned);

        JsonObject missing = assertProblem(arjeplog.post(ASSIGNMENTS, admin.token(), Json.createObjectBuilder()
                .add("residentEmail", resident.email()).build()), 400, "invalid-input");
        assertEquals("workerAccountId", missing.getJsonArray("violations").getJsonObject(0).getString("field"));
        JsonObject badEmail = assertProblem(arjeplog.post(ASSIGNMENTS, admin.token(), assignment(workerId,
                "inte en adress")), 400, "invalid-input");
        assertEquals("residentEmail", badEmail.getJsonArray("violations").getJsonObject(0).getString("field"));
        JsonObject elsewhere = assertProblem(arjeplog.post(ASSIGNMENTS, admin.token(), assignment(workerId,
                otherResident.email())), 400, "invalid-input");
        assertEquals("residentEmail", elsewhere.getJsonArray("violations").getJsonObject(0).getString("field"),
                "a resident of another gallery is nobody here");
        assertProblem(arjeplog.post(ASSIGNMENTS, admin.token(), assignment(workerId, worker.email())), 400,
                "invalid-input");
        assertProblem(arjeplog.post(ASSIGNMENTS, admin.token(), assignment(otherWorkerId, resident.email())), 404,
                "not-found");
        assertProblem(arjeplog.send("DELETE", ASSIGNMENTS + "/" + other.getJsonNumber("id"), admin.token(), null),
                404, "not-found");
        assertProblem(arjeplog.send("DELETE", ASSIGNMENTS + "/nummer", admin.token(), null), 404, "not-found");
        assertProblem(arjeplog.send("GET", "/api/v1/municipality/home-care/workers?size=0", admin.token(), null), 400,
                "invalid-input");

        // Only administrators assign; only workers have a list of residents.
        assertProblem(arjeplog.post(ASSIGNMENTS, worker.token(), assignment(workerId, resident.email())), 403,
                "forbidden");
        assertProblem(arjeplog.send("GET", "/api/v1/municipality/home-care/workers", resident.token(), null), 403,
                "forbidden");
        assertProblem(arjeplog.send("GET", "/api/v1/municipality/home-care/workers", null, null), 401,
                "not-authenticated");
        assertProblem(arjeplog.send("GET", "/api/v1/home-care/residents", resident.token(), null), 403, "forbidden");
        assertProblem(arjeplog.send("GET", "/api/v1/municipality/home-care/workers", otherAdmin.token(), null), 401,
                "not-authenticated");

        // Another municipality's resident id is no one here, whoever asks.
        long otherResidentId = other.getJsonNumber("residentAccountId").longValue();
        assertProblem(order(s, worker, otherResidentId), 404, "not-found");
        assertProblem(arjeplog.send("GET", "/api/v1/home-care/residents/" + otherResidentId + "/contact",
                worker.token(), null), 404, "not-found");
        assertProblem(arjeplog.send("GET", "/api/v1/home-care/residents", otherWorker.token(), null), 401,
                "not-authenticated");
        assertEquals(1, residents(harjedalen, otherWorker).size());
    }

    @Test
    void aRepeatedOrderShowsWhatChangedAndIsPlacedAtTodaysPricesOnConfirm() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = s.arjeplog();
        Person resident = accounts.resident("arjeplog");
        Person stranger = accounts.resident("arjeplog");
        String staff = s.slagnasStaff().token();
        String run = Shopping.newKey().substring(0, 8);
        long coffee = s.shopping().product(s.slagnas(), staff, "Kaffe " + run, 4990, null);
        long milk = s.shopping().product(s.slagnas(), staff, "Mjölk " + run, 1500, 3);
        long butter = s.shopping().product(s.slagnas(), staff, "Smör " + run, 5500, 5);
        long rusk = s.shopping().product(s.slagnas(), staff, "Skorpor " + run, 2500, null);
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, coffee, 2);
        s.shopping().addOk(basket, milk, 2);
        s.shopping().addOk(basket, butter, 4);
        s.shopping().addOk(basket, rusk, 1);
        HttpResponse<String> placed = s.shopping().checkout(basket, resident.token(), s.shopping().contact(
                resident.email(), s.laisvall(), Json.createArrayBuilder().add(Shopping.choice(s.slagnas(),
                        "SHOP_PICKUP"))).build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = CheckoutApiIT.orders(placed).get(0).getString("number");

        // Since then: coffee costs more, milk sold out, one butter left (after this order took four), rusks hidden.
        change(arjeplog, staff, coffee, "Kaffe " + run, 5490, null, true);
        change(arjeplog, staff, milk, "Mjölk " + run, 1500, 0, true);
        change(arjeplog, staff, rusk, "Skorpor " + run, 2500, null, false);
        int ordersBefore = orderCount(arjeplog, resident);

        HttpResponse<String> previewed = arjeplog.send("GET", "/api/v1/orders/" + number + "/reorder-preview",
                resident.token(), null);
        assertEquals(200, previewed.statusCode(), previewed.body());
        JsonObject preview = (JsonObject) GalleryClient.json(previewed);
        assertEquals(number, preview.getString("orderNumber"));
        assertEquals("SHOP_PICKUP", preview.getString("delivery"));
        assertTrue(!preview.containsKey("onBehalfOf") || preview.isNull("onBehalfOf"), "the resident's own order");
        assertEquals(2 * 4990 + 2 * 1500 + 4 * 5500 + 2500, preview.getJsonNumber("previousItemsTotalOre").longValue());
        assertEquals(2 * 5490 + 5500, preview.getJsonNumber("itemsTotalOre").longValue());
        assertLine(line(preview, coffee), 2, 2, 4990, 5490L, true, "AVAILABLE");
        assertLine(line(preview, milk), 2, 0, 1500, 1500L, false, "OUT_OF_STOCK");
        assertLine(line(preview, butter), 4, 1, 5500, 5500L, false, "REDUCED");
        assertLine(line(preview, rusk), 1, 0, 2500, null, false, "NOT_SOLD");
        assertEquals("Skorpor " + run, line(preview, rusk).getString("name"), "the name as ordered then");
        assertEquals(ordersBefore, orderCount(arjeplog, resident), "a preview places nothing");
        assertEquals(1, arjeplog.getJson("/api/v1/products/" + butter).getInt("stock"), "and takes no stock");

        assertProblem(arjeplog.send("GET", "/api/v1/orders/" + number + "/reorder-preview", stranger.token(), null),
                404, "not-found");
        assertProblem(arjeplog.send("GET", "/api/v1/orders/" + number + "/reorder-preview", null, null), 401,
                "not-authenticated");
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").send("GET", "/api/v1/orders/" + number
                + "/reorder-preview", accounts.resident("harjedalen").token(), null), 404, "not-found");
        JsonObject noKey = assertProblem(arjeplog.post("/api/v1/orders/" + number + "/repetition", resident.token(),
                EMPTY), 400, "invalid-input");
        assertEquals("Idempotency-Key", noKey.getJsonArray("violations").getJsonObject(0).getString("field"));

        String key = Shopping.newKey();
        HttpResponse<String> repeated = arjeplog.post("/api/v1/orders/" + number + "/repetition", resident.token(),
                EMPTY, "Idempotency-Key", key);
        assertEquals(201, repeated.statusCode(), repeated.body());
        JsonObject again = CheckoutApiIT.orders(repeated).get(0);
        assertEquals(2 * 5490 + 5500, again.getJsonNumber("itemsTotalOre").longValue());
        assertEquals("SHOP_PICKUP", again.getString("delivery"));
        assertEquals("Elsa Lindqvist", again.getString("customerName"));
        assertEquals("WEB", again.getString("channel"));
        List<JsonObject> lines = again.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(Set.of(coffee, butter), lines.stream().map(l -> l.getJsonNumber("productId")
                .longValue()).collect(Collectors.toSet()), "only what is still there");
        JsonObject coffeeLine = lines.stream().filter(l -> l.getJsonNumber("productId").longValue() == coffee)
                .findFirst().orElseThrow();
        assertEquals(5490, coffeeLine.getJsonNumber("unitPriceOre").longValue(), "today's price");
        assertEquals(2, coffeeLine.getInt("quantity"));
        assertEquals(1, lines.stream().filter(l -> l.getJsonNumber("productId").longValue() == butter).findFirst()
                .orElseThrow().getInt("quantity"));
        assertEquals(ordersBefore + 1, orderCount(arjeplog, resident));
        assertEquals(0, arjeplog.getJson("/api/v1/products/" + butter).getInt("stock"));

        HttpResponse<String> retried = arjeplog.post("/api/v1/orders/" + number + "/repetition", resident.token(),
                EMPTY, "Idempotency-Key", key);
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals(again.getString("number"), CheckoutApiIT.orders(retried).get(0).getString("number"));
        assertEquals(ordersBefore + 1, orderCount(arjeplog, resident), "a retry places nothing twice");
    }

    @Test
    void theApiDescriptionListsTheNewEndpoints() {
        HttpResponse<String> response = GalleryClient.platform(base).get("/openapi", "application/json");
        assertEquals(200, response.statusCode());
        Set<String> paths = ((JsonObject) GalleryClient.json(response)).getJsonObject("paths").keySet();
        for (String path : List.of("/api/v1/municipality/home-care/workers", "/api/v1/municipality/home-care/assignments",
                "/api/v1/municipality/home-care/assignments/{id}", "/api/v1/home-care/residents",
                "/api/v1/home-care/residents/{residentAccountId}/contact", "/api/v1/orders/{number}/reorder-preview",
                "/api/v1/orders/{number}/repetition")) {
            assertTrue(paths.contains(path), path + " in " + paths);
        }
    }

    private static void assertLine(JsonObject line, int previousQuantity, int quantity, long previousPrice,
                                   Long price, boolean priceChanged, String status) {
        assertEquals(previousQuantity, line.getInt("previousQuantity"), line.toString());
        assertEquals(quantity, line.getInt("quantity"), line.toString());
        assertEquals(previousPrice, line.getJsonNumber("previousUnitPriceOre").longValue(), line.toString());
        if (price == null) {
            assertTrue(!line.containsKey("unitPriceOre") || line.isNull("unitPriceOre"), line.toString());
        } else {
            assertEquals(price.longValue(), line.getJsonNumber("unitPriceOre").longValue(), line.toString());
        }
        assertEquals(priceChanged, line.getBoolean("priceChanged"), line.toString());
        assertEquals(status, line.getString("status"), line.toString());
    }

    private static JsonObject line(JsonObject preview, long productId) {
        return preview.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getJsonNumber("productId").longValue() == productId).findFirst().orElseThrow();
    }

    private static void change(GalleryClient gallery, String staff, long productId, String name, long priceOre,
                               Integer stock, boolean visible) {
        int version = gallery.getJson("/api/v1/products/" + productId).getInt("version");
        JsonObjectBuilder change = Json.createObjectBuilder().add("name", name).add("description", "")
                .add("priceOre", priceOre).add("vatPercent", 12).add("unit", "ST").add("storage", "CHILLED")
                .add("visible", visible).add("version", version);
        if (stock != null) {
            change.add("stock", stock);
        }
        HttpResponse<String> changed = gallery.send("PUT", "/api/v1/products/" + productId, staff, change.build());
        assertEquals(200, changed.statusCode(), changed.body());
    }

    /** Fjällboden's cheese (two, above its minimum) delivered home as the body says; the order's number. */
    private static String homeDelivery(TwoShops s, Person who, JsonObjectBuilder body) {
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.cheese(), 2);
        HttpResponse<String> placed = s.shopping().checkout(basket, who.token(), body.build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        return CheckoutApiIT.orders(placed).get(0).getString("number");
    }

    /** A checkout for the resident with only the delivery, payment and whom it is for. */
    private static JsonObjectBuilder nothingTyped(TwoShops s, long residentId) {
        return Json.createObjectBuilder().add("payment", "PAY_ON_DELIVERY").add("onBehalfOf", residentId)
                .add("shops", Json.createArrayBuilder().add(Shopping.choice(s.fjallboden(), "HOME_DELIVERY")));
    }

    private static HttpResponse<String> order(TwoShops s, Person who, long residentId) {
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.bread(), 1);
        return s.shopping().checkout(basket, who.token(), Json.createObjectBuilder().add("payment", "PAY_ON_DELIVERY")
                .add("onBehalfOf", residentId).add("shops", Json.createArrayBuilder().add(Shopping.choice(s.slagnas(),
                        "SHOP_PICKUP"))).build(), Shopping.newKey());
    }

    private static void deliver(TwoShops s, String number, long carrier, Person driver) {
        String staff = s.fjallbodenStaff().token();
        for (String status : List.of("ACCEPTED", "PACKED")) {
            assertEquals(200, s.arjeplog().send("POST", "/api/v1/orders/" + number + "/status", staff,
                    Json.createObjectBuilder().add("status", status).build()).statusCode());
        }
        assertEquals(200, s.arjeplog().send("PUT", "/api/v1/orders/" + number + "/carrier", staff,
                Json.createObjectBuilder().add("carrierId", carrier).build()).statusCode());
        assertEquals(200, s.arjeplog().send("POST", "/api/v1/orders/" + number + "/status", staff,
                Json.createObjectBuilder().add("status", "HANDED_TO_CARRIER").build()).statusCode());
        HttpResponse<String> delivered = s.arjeplog().send("POST", "/api/v1/orders/" + number + "/delivery",
                driver.token(), Json.createObjectBuilder().add("recipientConfirmed", true).build());
        assertEquals(200, delivered.statusCode(), delivered.body());
    }

    private static JsonObject reportLine(JsonObject report, String number) {
        return report.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("orderNumber").equals(number)).findFirst().orElseThrow();
    }

    /** The worker as the administrator's list shows them, looking through every page (the database outlives runs). */
    static Optional<JsonObject> worker(GalleryClient gallery, Person admin, String email) {
        for (int page = 0; ; page++) {
            HttpResponse<String> response = gallery.send("GET", "/api/v1/municipality/home-care/workers?size=100&page="
                    + page, admin.token(), null);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject body = (JsonObject) GalleryClient.json(response);
            Optional<JsonObject> found = body.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(w -> w.getString("email").equals(email)).findFirst();
            if (found.isPresent() || page + 1 >= body.getInt("totalPages")) {
                return found;
            }
        }
    }

    static JsonObject assignment(long workerId, String residentEmail) {
        return Json.createObjectBuilder().add("workerAccountId", workerId).add("residentEmail", residentEmail).build();
    }

    private static List<JsonObject> residents(GalleryClient gallery, Person worker) {
        HttpResponse<String> response = gallery.send("GET", "/api/v1/home-care/residents", worker.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return ((JsonArray) GalleryClient.json(response)).getValuesAs(JsonObject.class);
    }

    private static String myOrders(GalleryClient gallery, Person who) {
        return gallery.send("GET", "/api/v1/me/orders?size=100", who.token(), null).body();
    }

    private static int orderCount(GalleryClient gallery, Person who) {
        return ((JsonObject) GalleryClient.json(gallery.send("GET", "/api/v1/me/orders?size=1", who.token(), null)))
                .getInt("totalItems");
    }
}
