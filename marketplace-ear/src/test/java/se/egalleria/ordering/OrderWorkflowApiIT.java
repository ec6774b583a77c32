package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.AlsoOnEmbeddedH2;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.MailCatcher;
import se.egalleria.testsupport.Shopping;

/** The shop's inbox and the steps to the door: accept, carrier, pack, hand over, deliver; or reject. */
@AlsoOnEmbeddedH2
class OrderWorkflowApiIT extends DeployedGallery {

    @Test
    void aHomeDeliveryGoesFromTheInboxToTheDoor() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        long bussgods = carrierId(s.arjeplog(), "Bussgods Arjeplog");
        long posten = carrierId(s.arjeplog(), "Posten");
        Person driver = accounts.carrier("arjeplog", admin, bussgods);
        Person postman = accounts.carrier("arjeplog", admin, posten);
        String number = place(s, 2, "HOME_DELIVERY", Accounts.newAddress("door"));
        String staff = s.fjallbodenStaff().token();

        JsonObject inboxed = items(s.arjeplog().send("GET", "/api/v1/shops/" + s.fjallboden() + "/orders?"
                + s.inboxQueryFor(s.fjallbodenStaff(), number), staff, null)).stream().filter(o -> o.getString("number").equals(number)).findFirst().orElseThrow();
        assertEquals("NEW", inboxed.getString("status"));
        assertEquals("Laisvall", inboxed.getString("village"));
        assertProblem(s.arjeplog().send("GET", "/api/v1/shops/" + s.fjallboden() + "/orders?status=OPENED", staff,
                null), 400, "invalid-input");
        assertProblem(s.arjeplog().get("/api/v1/shops/" + s.fjallboden() + "/orders"), 401, "not-authenticated");
        assertTrue(numbers(s.arjeplog().send("GET", "/api/v1/shops/" + s.fjallboden() + "/orders?village="
                + s.shopping().villageId("Slagnäs"), staff, null)).stream().noneMatch(number::equals));

        assertEquals("ACCEPTED", move(s, staff, number, "ACCEPTED", null).getString("status"));
        assertProblem(step(s, staff, number, "PICKED_UP", null), 409, "conflict");
        assertProblem(step(s, staff, number, "HANDED_TO_CARRIER", null), 409, "conflict");
        assertProblem(s.arjeplog().send("PUT", "/api/v1/orders/" + number + "/carrier", staff,
                Json.createObjectBuilder().add("carrierId", carrierId(GalleryClient.forMunicipality(base,
                        "harjedalen"), "Svegs Taxi")).build()), 400, "invalid-input");
        HttpResponse<String> routeDay = s.arjeplog().send("PUT", "/api/v1/shops/" + s.fjallboden() + "/route-days/"
                + deliveryDate(s, staff, number) + "/carrier", staff, Json.createObjectBuilder()
                .add("carrierId", bussgods).build());
        assertEquals(200, routeDay.statusCode(), routeDay.body());
        assertTrue(((JsonObject) GalleryClient.json(routeDay)).getInt("orders") >= 1);
        assertEquals("PACKED", move(s, staff, number, "PACKED", null).getString("status"));
        JsonObject handed = move(s, staff, number, "HANDED_TO_CARRIER", null);
        assertEquals("Bussgods Arjeplog", handed.getString("carrierName"));

        HttpResponse<String> note = s.arjeplog().download("/api/v1/orders/" + number + "/delivery-note", staff,
                "application/pdf");
        assertEquals(200, note.statusCode());
        assertTrue(note.body().startsWith("%PDF-"), "a PDF");
        assertProblem(s.arjeplog().download("/api/v1/orders/" + number + "/delivery-note",
                s.slagnasStaff().token(), "application/pdf"), 404, "not-found");

        JsonObject stop = ((JsonArray) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/carriers/" + bussgods
                + "/stops", driver.token(), null))).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("number").equals(number)).findFirst().orElseThrow();
        assertEquals(27000, stop.getJsonNumber("toCollectOre").longValue(), "2 × 125 kr + 20 kr fee, pay on delivery");
        assertEquals(true, stop.getBoolean("coolerBag"));
        assertEquals("Byvägen 3", stop.getString("street"));
        assertProblem(s.arjeplog().send("GET", "/api/v1/carriers/" + bussgods + "/stops", postman.token(), null), 403,
                "forbidden");
        assertProblem(s.arjeplog().send("POST", "/api/v1/orders/" + number + "/delivery", postman.token(),
                Json.createObjectBuilder().add("note", "Lämnat").build()), 403, "forbidden");

        HttpResponse<String> delivered = s.arjeplog().send("POST", "/api/v1/orders/" + number + "/delivery",
                driver.token(), Json.createObjectBuilder().add("note", "Lämnat i farstun")
                        .add("recipientConfirmed", true).build());
        assertEquals(200, delivered.statusCode(), delivered.body());
        assertEquals("DELIVERED", ((JsonObject) GalleryClient.json(delivered)).getString("status"));
        assertEquals(true, ((JsonObject) GalleryClient.json(delivered)).getBoolean("recipientConfirmed"));

        HttpResponse<String> run = s.arjeplog().post("/api/v1/carriers/" + bussgods + "/runs", driver.token(),
                Json.createObjectBuilder().add("vehicle", "Buss 12").add("km", 94).add("orders",
                        Json.createArrayBuilder().add(number)).build());
        assertEquals(201, run.statusCode(), run.body());
        JsonObject recorded = (JsonObject) GalleryClient.json(run);
        assertEquals(List.of("Laisvall"), recorded.getJsonArray("villages").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(1, recorded.getInt("households"));
        assertProblem(s.arjeplog().post("/api/v1/carriers/" + bussgods + "/runs", driver.token(),
                Json.createObjectBuilder().add("vehicle", "Buss 12").add("km", 10).add("orders",
                        Json.createArrayBuilder().add(number)).build()), 409, "conflict");
        assertProblem(s.arjeplog().post("/api/v1/carriers/" + posten + "/runs", postman.token(),
                Json.createObjectBuilder().add("vehicle", "Bil").add("km", 10).add("orders",
                        Json.createArrayBuilder().add(number)).build()), 400, "invalid-input");
        assertProblem(s.arjeplog().post("/api/v1/carriers/" + bussgods + "/runs", postman.token(),
                Json.createObjectBuilder().add("vehicle", "Bil").add("km", 10).add("orders",
                        Json.createArrayBuilder().add(number)).build()), 403, "forbidden");
        assertTrue(((JsonArray) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/carriers/" + bussgods + "/runs",
                driver.token(), null))).getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getInt("km") == 94), "the month's runs list it");

        List<String> steps = ((JsonArray) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/orders/" + number
                + "/history", staff, null))).getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("status")).toList();
        assertEquals(List.of("ACCEPTED", "PACKED", "HANDED_TO_CARRIER", "DELIVERED"), steps);
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").send("POST", "/api/v1/orders/" + number
                + "/status", staff, Json.createObjectBuilder().add("status", "ACCEPTED").build()), 401,
                "not-authenticated");
    }

    @Test
    void theInboxPutsNewOrdersFirstOnEveryPageThenByRouteDayNewestFirst() {
        TwoShops s = TwoShops.in(base);
        String staff = s.fjallbodenStaff().token();
        String waiting = place(s, 2, "HOME_DELIVERY", Accounts.newAddress("inbox"));
        String accepted = place(s, 2, "HOME_DELIVERY", Accounts.newAddress("inbox"));
        move(s, staff, accepted, "ACCEPTED", null);
        String inbox = "/api/v1/shops/" + s.fjallboden() + "/orders?";

        List<JsonObject> all = wholeInbox(s, staff, inbox, 100);
        assertEquals(all.size(), total(s, staff, inbox), "the total counts every order listed");
        List<String> numbers = all.stream().map(o -> o.getString("number")).toList();
        assertEquals(numbers.size(), Set.copyOf(numbers).size(), "no order twice");
        int firstNotNew = (int) all.stream().takeWhile(o -> o.getString("status").equals("NEW")).count();
        assertTrue(all.subList(firstNotNew, all.size()).stream().noneMatch(o -> o.getString("status").equals("NEW")),
                "new orders come first");
        assertEquals(firstNotNew, total(s, staff, inbox + "status=NEW&"), "every new order is among the first");
        assertTrue(numbers.subList(0, firstNotNew).contains(waiting));
        assertTrue(numbers.subList(firstNotNew, numbers.size()).contains(accepted));
        for (List<JsonObject> part : List.of(all.subList(0, firstNotNew), all.subList(firstNotNew, all.size()))) {
            for (int i = 1; i < part.size(); i++) {
                assertTrue(INBOX_ORDER.compare(part.get(i - 1), part.get(i)) <= 0,
                        "by route day, newest first: " + part.get(i - 1) + " before " + part.get(i));
            }
        }
        assertEquals(numbers, wholeInbox(s, staff, inbox, 3).stream().map(o -> o.getString("number")).toList(),
                "small pages split the same list, across the step from new orders to the others");
        assertEquals(0, total(s, staff, inbox + "status=AWAITING_APPROVAL&"), "not the shop's before approval");
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").send("GET", inbox, staff, null), 401,
                "not-authenticated");
        // Härjedalen's administrator on Härjedalen's host: Arjeplog's shop does not exist there at all.
        String harjedalenAdmin = new Accounts(base).administrator("harjedalen").token();
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").send("GET", inbox, harjedalenAdmin, null),
                404, "not-found");
    }

    private static final Comparator<JsonObject> INBOX_ORDER = Comparator
            .comparing((JsonObject o) -> o.containsKey("deliveryDate") && !o.isNull("deliveryDate")
                    ? o.getString("deliveryDate") : "", Comparator.naturalOrder())
            .thenComparing(o -> Instant.parse(o.getString("placedAt")), Comparator.reverseOrder());

    private static List<JsonObject> wholeInbox(TwoShops s, String staff, String inbox, int size) {
        List<JsonObject> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<JsonObject> items = items(s.arjeplog().send("GET", inbox + "size=" + size + "&page=" + page, staff,
                    null));
            all.addAll(items);
            if (items.size() < size) {
                return all;
            }
        }
    }

    private static long total(TwoShops s, String staff, String query) {
        HttpResponse<String> page = s.arjeplog().send("GET", query + "size=1", staff, null);
        assertEquals(200, page.statusCode(), page.body());
        return ((JsonObject) GalleryClient.json(page)).getJsonNumber("totalItems").longValue();
    }

    @Test
    void aRejectionTellsTheResidentWhyAndPutsTheUnitsBack() {
        TwoShops s = TwoShops.in(base);
        String email = Accounts.newAddress("rejected");
        String number = place(s, 3, "SHOP_PICKUP", email);
        String staff = s.fjallbodenStaff().token();
        assertEquals(7, s.arjeplog().getJson("/api/v1/products/" + s.cheese()).getInt("stock"));

        assertProblem(step(s, staff, number, "REJECTED", " "), 400, "invalid-input");
        assertProblem(step(s, s.slagnasStaff().token(), number, "REJECTED", "Slut"), 403, "forbidden");
        JsonObject rejected = move(s, staff, number, "REJECTED", "Osten tog slut i morse, förlåt!");

        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals(10, s.arjeplog().getJson("/api/v1/products/" + s.cheese()).getInt("stock"));
        MailCatcher.Mail mail = MailCatcher.awaitMailTo(email, "kan inte levereras");
        assertTrue(mail.subject().contains(number) && mail.body().contains("Osten tog slut i morse, förlåt!"),
                mail.subject() + "\n" + mail.body());
        assertProblem(step(s, staff, number, "ACCEPTED", null), 409, "conflict");
    }

    @Test
    void aPickupOrderIsReadyThenPickedUp() {
        TwoShops s = TwoShops.in(base);
        String email = Accounts.newAddress("pickup");
        String number = place(s, 1, "SHOP_PICKUP", email);
        String staff = s.fjallbodenStaff().token();

        move(s, staff, number, "ACCEPTED", null);
        move(s, staff, number, "PACKED", null);
        assertProblem(s.arjeplog().send("PUT", "/api/v1/orders/" + number + "/carrier", staff,
                Json.createObjectBuilder().add("carrierId", carrierId(s.arjeplog(), "Posten")).build()), 409,
                "conflict");
        move(s, staff, number, "READY_FOR_PICKUP", null);
        assertTrue(MailCatcher.awaitMailTo(email, "kan hämtas").body().contains("ligger klar att hämta hos"
                + " Fjällboden Lanthandel"));
        assertTrue(MailCatcher.awaitMailTo(email, "accepterad").body().contains(number), "and when it was accepted");
        assertEquals("PICKED_UP", move(s, staff, number, "PICKED_UP", null).getString("status"));
    }

    @Test
    void theResidentIsMailedWhenTheOrderIsAcceptedOnItsWayAndDelivered() {
        TwoShops s = TwoShops.in(base);
        HomeDeliveries d = new HomeDeliveries(s);
        Accounts accounts = new Accounts(base);
        long bussgods = carrierId(s.arjeplog(), "Bussgods Arjeplog");
        Person driver = accounts.carrier("arjeplog", accounts.administrator("arjeplog"), bussgods);
        String email = Accounts.newAddress("steps");
        String number = d.place(s.fjallboden(), 2, "Laisvall", "Byvägen 3", email, null);
        String staff = s.fjallbodenStaff().token();
        MailCatcher.awaitMailTo(email, "Orderbekräftelse");

        d.move(staff, number, "ACCEPTED", null);
        MailCatcher.Mail accepted = MailCatcher.awaitMailTo(email, "accepterad");
        assertEquals("Din beställning " + number + " från Fjällboden Lanthandel är accepterad", accepted.subject());
        assertTrue(accepted.body().contains("Fjällboden Lanthandel har accepterat din beställning " + number),
                accepted.body());
        assertTrue(accepted.link().contains("/order.xhtml?number=" + number + "&token="), accepted.link());
        assertEquals("ACCEPTED", s.arjeplog().getJson("/api/v1/orders/" + number + "?token=" + accepted.token())
                .getString("status"), "the link follows the order");

        d.chooseCarrier(staff, number, bussgods);
        d.move(staff, number, "PACKED", null);
        d.move(staff, number, "HANDED_TO_CARRIER", null);
        MailCatcher.Mail onItsWay = MailCatcher.awaitMailTo(email, "på väg");
        assertEquals("Din beställning " + number + " från Fjällboden Lanthandel är på väg", onItsWay.subject());
        assertTrue(onItsWay.body().contains("lämnad till Bussgods Arjeplog och körs ut "), onItsWay.body());
        assertTrue(onItsWay.link().contains("number=" + number), onItsWay.body());

        d.deliver(driver.token(), number, "Lämnat i farstun");
        MailCatcher.Mail delivered = MailCatcher.awaitMailTo(email, "levererad");
        assertEquals("Din beställning " + number + " från Fjällboden Lanthandel är levererad", delivered.subject());
        assertTrue(delivered.body().contains("Transportörens anteckning: Lämnat i farstun"), delivered.body());
        assertTrue(delivered.link().contains("number=" + number), delivered.body());
        assertEquals(4, MailCatcher.countTo(email), "confirmation, accepted, on its way, delivered; packing is the"
                + " shop's own business");
    }

    @Test
    void aPhoneOrderWithoutEmailGoesThroughItsStepsWithoutAMail() {
        TwoShops s = TwoShops.in(base);
        HomeDeliveries d = new HomeDeliveries(s);
        String staff = s.fjallbodenStaff().token();
        HttpResponse<String> placed = s.arjeplog().post("/api/v1/shops/" + s.fjallboden() + "/phone-orders", staff,
                Json.createObjectBuilder().add("name", "Greta Nilsson").add("phone", "070-555 12 12")
                        .add("street", "Skolvägen 1").add("postalCode", "93090").add("villageId", s.laisvall())
                        .add("delivery", "HOME_DELIVERY").add("payment", "PAY_ON_DELIVERY")
                        .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("productId", s.cheese()).add("quantity", 2))).build(),
                "Idempotency-Key", Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = CheckoutApiIT.orders(placed).get(0);
        assertEquals("", order.getString("email"));
        String number = order.getString("number");

        assertEquals("ACCEPTED", d.move(staff, number, "ACCEPTED", null).getString("status"));
        d.chooseCarrier(staff, number, carrierId(s.arjeplog(), "Posten"));
        d.move(staff, number, "PACKED", null);
        assertEquals("HANDED_TO_CARRIER", d.move(staff, number, "HANDED_TO_CARRIER", null).getString("status"));
        assertEquals("DELIVERED", d.deliver(staff, number, "").getString("status"));
    }

    @Test
    void aFailedDeliveryNeedsAReasonReachesTheResidentAndIsHandedOverAgain() {
        TwoShops s = TwoShops.in(base);
        HomeDeliveries d = new HomeDeliveries(s);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        long bussgods = carrierId(s.arjeplog(), "Bussgods Arjeplog");
        Person driver = accounts.carrier("arjeplog", admin, bussgods);
        Person postman = accounts.carrier("arjeplog", admin, carrierId(s.arjeplog(), "Posten"));
        String email = Accounts.newAddress("failed");
        String number = d.place(s.fjallboden(), 2, "Laisvall", "Byvägen 3", email, null);
        String staff = s.fjallbodenStaff().token();
        d.handOver(staff, number, bussgods);

        JsonObject noReason = assertProblem(d.step(driver.token(), number, "DELIVERY_FAILED", null), 400,
                "invalid-input");
        assertEquals("note", noReason.getJsonArray("violations").getJsonObject(0).getString("field"));
        assertProblem(d.step(driver.token(), number, "DELIVERY_FAILED", "   "), 400, "invalid-input");
        assertProblem(d.step(postman.token(), number, "DELIVERY_FAILED", "Ingen hemma"), 403, "forbidden");
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").send("POST", "/api/v1/orders/" + number
                + "/status", driver.token(), Json.createObjectBuilder().add("status", "DELIVERY_FAILED")
                .add("note", "Ingen hemma").build()), 401, "not-authenticated");

        JsonObject failed = d.move(driver.token(), number, "DELIVERY_FAILED", "Ingen hemma, grinden låst");
        assertEquals("DELIVERY_FAILED", failed.getString("status"));
        assertEquals("Ingen hemma, grinden låst", failed.getString("statusNote"));
        MailCatcher.Mail mail = MailCatcher.awaitMailTo(email, "kunde inte lämnas");
        assertEquals("Din beställning " + number + " från Fjällboden Lanthandel kunde inte lämnas", mail.subject());
        assertTrue(mail.body().contains("Orsak: Ingen hemma, grinden låst") && mail.link().contains(number),
                mail.body());
        assertProblem(s.arjeplog().send("POST", "/api/v1/orders/" + number + "/delivery", driver.token(),
                Json.createObjectBuilder().add("note", "Lämnat").build()), 409, "conflict");
        assertProblem(d.step(driver.token(), number, "HANDED_TO_CARRIER", null), 403, "forbidden");

        assertEquals("HANDED_TO_CARRIER", d.move(staff, number, "HANDED_TO_CARRIER", null).getString("status"));
        assertEquals("DELIVERED", d.deliver(driver.token(), number, "Lämnat till grannen").getString("status"));
        List<String> steps = ((JsonArray) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/orders/" + number
                + "/history", staff, null))).getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("status")).toList();
        assertEquals(List.of("ACCEPTED", "PACKED", "HANDED_TO_CARRIER", "DELIVERY_FAILED", "HANDED_TO_CARRIER",
                "DELIVERED"), steps);
    }

    private static String place(TwoShops s, int cheeses, String delivery, String email) {
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.cheese(), cheeses);
        HttpResponse<String> placed = s.shopping().checkout(basket, null, s.shopping().contact(email, s.laisvall(),
                Json.createArrayBuilder().add(Shopping.choice(s.fjallboden(), delivery))).build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        return CheckoutApiIT.orders(placed).get(0).getString("number");
    }

    private static String deliveryDate(TwoShops s, String staff, String number) {
        return ((JsonObject) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/orders/" + number, staff, null)))
                .getString("deliveryDate");
    }

    private static HttpResponse<String> step(TwoShops s, String token, String number, String status, String note) {
        var body = Json.createObjectBuilder().add("status", status);
        if (note != null) {
            body.add("note", note);
        }
        return s.arjeplog().send("POST", "/api/v1/orders/" + number + "/status", token, body.build());
    }

    private static JsonObject move(TwoShops s, String token, String number, String status, String note) {
        HttpResponse<String> moved = step(s, token, number, status, note);
        assertEquals(200, moved.statusCode(), moved.body());
        return (JsonObject) GalleryClient.json(moved);
    }

    static long carrierId(GalleryClient gallery, String name) {
        return ((JsonArray) GalleryClient.json(gallery.get("/api/v1/carriers"))).getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static List<JsonObject> items(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.body());
        return ((JsonObject) GalleryClient.json(page)).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> numbers(HttpResponse<String> page) {
        return items(page).stream().map(o -> o.getString("number")).toList();
    }
}
