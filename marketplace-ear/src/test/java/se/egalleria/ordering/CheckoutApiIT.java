package se.egalleria.ordering;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.AlsoOnEmbeddedH2;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.MailCatcher;
import se.egalleria.testsupport.Shopping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

/**
 * One basket across Arjeplog's gallery, one order per shop: Fjällboden delivers to Laisvall on
 * Tuesdays and Fridays from 200 kr; Slagnäs Livs does not deliver to Laisvall, so its part is
 * picked up at Laisvalls Handel, a service point.
 */
@AlsoOnEmbeddedH2
class CheckoutApiIT extends DeployedGallery {

    @Test
    void oneCheckoutPlacesOneOrderPerShopWithPricesStockAndMail() {
        TwoShops s = setup();
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.cheese(), 2);
        s.shopping().addOk(basket, s.bread(), 1);

        JsonObject view = s.arjeplog().getJson("/api/v1/baskets/" + basket);
        assertEquals(3, view.getInt("itemCount"));
        assertEquals(25000 + 4990, view.getJsonNumber("totalOre").longValue());
        JsonObject fjallbodenPart = part(view, s.fjallboden());
        assertEquals(25000, fjallbodenPart.getJsonNumber("subtotalOre").longValue());
        assertEquals(true, fjallbodenPart.getJsonObject("delivery").getBoolean("homeDelivery"));
        assertEquals(4, fjallbodenPart.getJsonObject("delivery").getJsonArray("routeDates").size());
        assertEquals(2000, fjallbodenPart.getJsonObject("delivery").getJsonNumber("feeOre").longValue());
        assertEquals(true, part(view, s.slagnas()).getJsonObject("delivery").getBoolean("belowMinimum"));

        String email = Accounts.newAddress("elsa");
        HttpResponse<String> placed = s.shopping().checkout(basket, null, s.homeAndServicePoint(email), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        List<JsonObject> orders = orders(placed);
        assertEquals(2, orders.size());
        JsonObject home = orders.stream().filter(o -> o.getJsonNumber("shopId").longValue() == s.fjallboden())
                .findFirst().orElseThrow();
        assertEquals("HOME_DELIVERY", home.getString("delivery"));
        assertEquals(fjallbodenPart.getJsonObject("delivery").getJsonArray("routeDates").getString(0),
                home.getString("deliveryDate"));
        assertEquals(25000, home.getJsonNumber("itemsTotalOre").longValue());
        assertEquals(2000, home.getJsonNumber("deliveryFeeOre").longValue());
        assertEquals(27000, home.getJsonNumber("totalOre").longValue());
        assertEquals(2679, home.getJsonNumber("vatOre").longValue(), "12 % VAT inside 250 kr");
        assertEquals("Laisvall", home.getString("village"));
        assertEquals("NEW", home.getString("status"));
        JsonObject pickup = orders.stream().filter(o -> o.getJsonNumber("shopId").longValue() == s.slagnas())
                .findFirst().orElseThrow();
        assertEquals("SERVICE_POINT_PICKUP", pickup.getString("delivery"));
        assertEquals("Laisvalls Handel", pickup.getString("pickupAt"));
        assertEquals(4990, pickup.getJsonNumber("totalOre").longValue());

        assertEquals(8, s.arjeplog().getJson("/api/v1/products/" + s.cheese()).getInt("stock"), "two of ten taken");
        assertEquals(0, s.arjeplog().getJson("/api/v1/baskets/" + basket).getInt("itemCount"), "basket emptied");

        MailCatcher.Mail mail = MailCatcher.awaitMailTo(email);
        assertEquals(2, MailCatcher.countTo(email), "one confirmation per order");
        assertTrue(mail.subject().startsWith("Orderbekräftelse "), mail.subject());
        String number = mail.subject().substring("Orderbekräftelse ".length()).split(" ")[0];
        JsonObject followed = s.arjeplog().getJson("/api/v1/orders/" + number + "?token=" + mail.token());
        assertEquals(number, followed.getString("number"));
        assertEquals(1, followed.getJsonArray("lines").size());
        assertTrue(mail.body().contains(followed.getJsonArray("lines").getJsonObject(0).getString("name")), mail.body());
        assertProblem(s.arjeplog().get("/api/v1/orders/" + number + "?token=" + Shopping.newKey()), 404, "not-found");

        List<String> fjallbodenOrders = numbers(s.arjeplog().send("GET", "/api/v1/shops/" + s.fjallboden() + "/orders?size=100",
                s.fjallbodenStaff().token(), null));
        assertTrue(fjallbodenOrders.contains(home.getString("number")), fjallbodenOrders.toString());
        assertTrue(!fjallbodenOrders.contains(pickup.getString("number")), "each shop sees its own orders");
        assertTrue(numbers(s.arjeplog().send("GET", "/api/v1/shops/" + s.slagnas() + "/orders?size=100", s.slagnasStaff().token(),
                null)).contains(pickup.getString("number")));
        assertProblem(s.arjeplog().send("GET", "/api/v1/shops/" + s.slagnas() + "/orders", s.fjallbodenStaff().token(),
                null), 403, "forbidden");
        JsonObject asShop = (JsonObject) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/orders/"
                + pickup.getString("number"), s.slagnasStaff().token(), null));
        assertEquals("070-123 45 67", asShop.getString("phone"), "the shop sees whom to call");
        assertProblem(s.arjeplog().send("GET", "/api/v1/orders/" + pickup.getString("number"),
                s.fjallbodenStaff().token(), null), 404, "not-found");
    }

    @Test
    void aRetriedSubmissionReturnsTheOrdersAlreadyPlaced() {
        TwoShops s = setup();
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.cheese(), 2);
        s.shopping().addOk(basket, s.bread(), 1);
        String key = Shopping.newKey();
        JsonObject body = s.homeAndServicePoint(Accounts.newAddress("retry"));

        HttpResponse<String> first = s.shopping().checkout(basket, null, body, key);
        HttpResponse<String> again = s.shopping().checkout(basket, null, body, key);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(numbers(orders(first)), numbers(orders(again)));
        assertEquals(8, s.arjeplog().getJson("/api/v1/products/" + s.cheese()).getInt("stock"), "stock taken once");
        String other = s.shopping().basket();
        s.shopping().addOk(other, s.bread(), 1);
        assertProblem(s.shopping().checkout(other, null, body, key), 409, "conflict");
        assertProblem(s.shopping().checkout(other, null, body, "kort"), 400, "invalid-input");
    }

    @Test
    void deliveryRulesGiveClearMessagesAndTakeNothing() {
        TwoShops s = setup();
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.cheese(), 1);
        s.shopping().addOk(basket, s.bread(), 1);
        String email = Accounts.newAddress("rules");

        JsonObject notServed = assertProblem(s.shopping().checkout(basket, null, s.shopping().contact(email, s.laisvall(),
                Json.createArrayBuilder().add(Shopping.choice(s.fjallboden(), "SHOP_PICKUP"))
                        .add(Shopping.choice(s.slagnas(), "HOME_DELIVERY"))).build(), Shopping.newKey()), 400,
                "invalid-input");
        assertViolation(notServed, "shops." + s.slagnas() + ".delivery",
                "Slagnäs Livs & Bensin kör inte hem till Laisvall. Välj avhämtning i stället.");

        JsonObject belowMinimum = assertProblem(s.shopping().checkout(basket, null, s.shopping().contact(email, s.laisvall(),
                Json.createArrayBuilder().add(Shopping.choice(s.fjallboden(), "HOME_DELIVERY"))
                        .add(Shopping.choice(s.slagnas(), "SHOP_PICKUP"))).build(), Shopping.newKey()), 400,
                "invalid-input");
        assertViolation(belowMinimum, "shops." + s.fjallboden() + ".delivery",
                "För hemsändning från Fjällboden Lanthandel behöver du handla för minst 200,00 kr.");

        JsonObject noRouteDay = assertProblem(s.shopping().checkout(basket, null, s.shopping().contact(email, s.laisvall(),
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("shopId", s.fjallboden())
                        .add("delivery", "HOME_DELIVERY").add("date", "2030-01-02"))
                        .add(Shopping.choice(s.slagnas(), "SHOP_PICKUP"))).build(), Shopping.newKey()), 400,
                "invalid-input");
        assertEquals("shops." + s.fjallboden() + ".delivery", field(noRouteDay), "below minimum is checked first");

        JsonObject missing = assertProblem(s.shopping().checkout(basket, null, s.shopping().contact(email, s.laisvall(),
                Json.createArrayBuilder().add(Shopping.choice(s.fjallboden(), "SHOP_PICKUP"))).build(),
                Shopping.newKey()), 400, "invalid-input");
        assertViolation(missing, "shops." + s.slagnas() + ".delivery",
                "Välj hur du vill få varorna från Slagnäs Livs & Bensin.");

        JsonObject postalCode = assertProblem(s.shopping().checkout(basket, null, s.shopping().contact(email, s.laisvall(),
                Json.createArrayBuilder()).add("postalCode", "9309").build(), Shopping.newKey()), 400,
                "invalid-input");
        assertEquals("postalCode", field(postalCode));

        assertEquals(10, s.arjeplog().getJson("/api/v1/products/" + s.cheese()).getInt("stock"), "nothing taken");
        assertEquals(2, s.arjeplog().getJson("/api/v1/baskets/" + basket).getInt("itemCount"), "basket kept");
        assertEquals(0, MailCatcher.countTo(email));
    }

    @Test
    void aDayThatIsNoRouteDayAndAShopWithoutHomeDeliveryAreRefusedOnTheirFields() {
        TwoShops s = setup();
        Accounts accounts = new Accounts(base);
        long silver = Shopping.shopId(s.arjeplog(), "Arjeplogs Silverhantverk");
        Person silverStaff = accounts.shopStaff("arjeplog", accounts.administrator("arjeplog"), silver);
        long cup = s.shopping().product(silver, silverStaff.token(), "Näverkåsa " + Shopping.newKey().substring(0, 8),
                45000, 5);
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.cheese(), 2);
        s.shopping().addOk(basket, cup, 1);
        String email = Accounts.newAddress("routeday");
        assertEquals(false, part(s.arjeplog().getJson("/api/v1/baskets/" + basket), silver).getJsonObject("delivery")
                .getBoolean("homeDelivery"));

        // 250 kr from Fjällboden is above its minimum of 200 kr, so only the day can be wrong: a
        // Wednesday within the coming week, while Fjällboden drives on Tuesdays and Fridays.
        LocalDate wednesday = LocalDate.now(ZoneId.of("Europe/Stockholm")).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        JsonObject notRouteDay = assertProblem(s.shopping().checkout(basket, null, s.shopping().contact(email,
                s.laisvall(), Json.createArrayBuilder().add(Json.createObjectBuilder().add("shopId", s.fjallboden())
                        .add("delivery", "HOME_DELIVERY").add("date", wednesday.toString()))
                        .add(Shopping.choice(silver, "SHOP_PICKUP"))).build(), Shopping.newKey()), 400, "invalid-input");
        assertViolation(notRouteDay, "shops." + s.fjallboden() + ".date", "Välj en av turdagarna för Fjällboden Lanthandel.");

        JsonObject noHomeDelivery = assertProblem(s.shopping().checkout(basket, null, s.shopping().contact(email,
                s.laisvall(), Json.createArrayBuilder().add(Shopping.choice(s.fjallboden(), "HOME_DELIVERY"))
                        .add(Shopping.choice(silver, "HOME_DELIVERY"))).build(), Shopping.newKey()), 400,
                "invalid-input");
        assertViolation(noHomeDelivery, "shops." + silver + ".delivery",
                "Arjeplogs Silverhantverk har ingen hemsändning. Välj avhämtning i stället.");

        assertEquals(10, s.arjeplog().getJson("/api/v1/products/" + s.cheese()).getInt("stock"), "nothing taken");
        assertEquals(5, s.arjeplog().getJson("/api/v1/products/" + cup).getInt("stock"), "nothing taken");
        assertEquals(3, s.arjeplog().getJson("/api/v1/baskets/" + basket).getInt("itemCount"), "basket kept");
        assertEquals(0, MailCatcher.countTo(email));
    }

    @Test
    void payingByInvoiceShowsOnTheOrdersForTheResidentAndTheShop() {
        TwoShops s = setup();
        List<JsonObject> methods = ((jakarta.json.JsonArray) GalleryClient.json(
                s.arjeplog().get("/api/v1/payment-methods"))).getValuesAs(JsonObject.class);
        assertEquals(List.of("PAY_ON_DELIVERY", "INVOICE"), methods.stream().map(m -> m.getString("code")).toList());
        assertEquals("Faktura", methods.get(1).getString("name"));
        assertProblem(GalleryClient.forHost(base, "ingen-kommun.localhost").get("/api/v1/payment-methods"), 404,
                "unknown-gallery");

        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.cheese(), 2);
        s.shopping().addOk(basket, s.bread(), 1);
        String email = Accounts.newAddress("invoice");
        JsonObject unknown = assertProblem(s.shopping().checkout(basket, null, Json.createObjectBuilder(
                s.homeAndServicePoint(email)).add("payment", "SWISH").build(), Shopping.newKey()), 400, "invalid-input");
        assertEquals("payment", field(unknown));

        HttpResponse<String> placed = s.shopping().checkout(basket, null, Json.createObjectBuilder(
                s.homeAndServicePoint(email)).add("payment", "INVOICE").build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        List<JsonObject> orders = orders(placed);
        assertEquals(2, orders.size());
        for (JsonObject order : orders) {
            assertEquals("INVOICE", order.getString("payment"), order.toString());
            assertEquals("INVOICE_TO_SEND", order.getString("paymentStatus"), order.toString());
            assertTrue(!order.containsKey("paymentUrl"), "no payment page for an invoice: " + order);
        }
        String token = ((JsonObject) GalleryClient.json(placed)).getString("followToken");
        JsonObject home = orders.stream().filter(o -> o.getJsonNumber("shopId").longValue() == s.fjallboden())
                .findFirst().orElseThrow();
        JsonObject followed = s.arjeplog().getJson("/api/v1/orders/" + home.getString("number") + "?token=" + token);
        assertEquals("INVOICE_TO_SEND", followed.getString("paymentStatus"));
        JsonObject asShop = (JsonObject) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/orders/"
                + home.getString("number"), s.fjallbodenStaff().token(), null));
        assertEquals("INVOICE", asShop.getString("payment"));
        assertEquals("INVOICE_TO_SEND", asShop.getString("paymentStatus"));
        assertTrue(MailCatcher.awaitMailTo(email).body().contains("faktura"), "the confirmation says how to pay");
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").get("/api/v1/orders/" + home.getString("number")
                + "?token=" + token), 404, "not-found");
    }

    @Test
    void basketsAndOrdersStayInTheirMunicipality() {
        TwoShops s = setup();
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.bread(), 1);
        HttpResponse<String> placed = s.shopping().checkout(basket, null, s.shopping().contact(
                Accounts.newAddress("tenant"), s.laisvall(), Json.createArrayBuilder()
                        .add(Shopping.choice(s.slagnas(), "SHOP_PICKUP"))).build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject result = (JsonObject) GalleryClient.json(placed);
        String number = orders(placed).get(0).getString("number");
        String token = result.getString("followToken");
        assertEquals(number, s.arjeplog().getJson("/api/v1/orders/" + number + "?token=" + token).getString("number"));

        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        String theirs = new Shopping(harjedalen).basket();
        assertProblem(harjedalen.get("/api/v1/baskets/" + basket), 404, "not-found");
        assertProblem(harjedalen.get("/api/v1/orders/" + number + "?token=" + token), 404, "not-found");
        assertProblem(harjedalen.get("/api/v1/checkouts/" + result.getJsonNumber("checkoutId") + "?token=" + token),
                404, "not-found");
        assertProblem(new Shopping(harjedalen).add(theirs, s.bread(), 1), 404, "not-found");
        assertProblem(harjedalen.send("GET", "/api/v1/shops/" + s.slagnas() + "/orders?size=100", s.slagnasStaff().token(), null),
                401, "not-authenticated");
    }

    @Test
    void aSignedInResidentSeesOnlyTheirOrdersAndCanOrderAgain() {
        TwoShops s = setup();
        Accounts accounts = new Accounts(base);
        Person resident = accounts.resident("arjeplog");
        Person neighbour = accounts.resident("arjeplog");
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.cheese(), 3);
        HttpResponse<String> placed = s.shopping().checkout(basket, resident.token(), s.shopping().contact(
                resident.email(), s.laisvall(), Json.createArrayBuilder()
                        .add(Shopping.choice(s.fjallboden(), "HOME_DELIVERY"))).build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = orders(placed).get(0).getString("number");

        assertEquals(List.of(number), numbers(s.arjeplog().send("GET", "/api/v1/me/orders", resident.token(), null)));
        assertEquals(List.of(), numbers(s.arjeplog().send("GET", "/api/v1/me/orders", neighbour.token(), null)));
        assertEquals(number, ((JsonObject) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/orders/" + number,
                resident.token(), null))).getString("number"));
        assertProblem(s.arjeplog().send("GET", "/api/v1/orders/" + number, neighbour.token(), null), 404, "not-found");

        String next = s.shopping().basket();
        HttpResponse<String> again = s.arjeplog().post("/api/v1/baskets/" + next + "/reorder", resident.token(),
                Json.createObjectBuilder().add("orderNumber", number).build());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(3, ((JsonObject) GalleryClient.json(again)).getJsonObject("basket").getInt("itemCount"));
        assertProblem(s.arjeplog().post("/api/v1/baskets/" + next + "/reorder", neighbour.token(),
                Json.createObjectBuilder().add("orderNumber", number).build()), 404, "not-found");
    }

    private static JsonObject part(JsonObject basket, long shopId) {
        return basket.getJsonArray("shops").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("shopId").longValue() == shopId).findFirst().orElseThrow();
    }

    static List<JsonObject> orders(HttpResponse<String> checkout) {
        return ((JsonObject) GalleryClient.json(checkout)).getJsonArray("orders").getValuesAs(JsonObject.class);
    }

    private static List<String> numbers(List<JsonObject> orders) {
        return orders.stream().map(o -> o.getString("number")).toList();
    }

    private static List<String> numbers(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.body());
        return numbers(((JsonObject) GalleryClient.json(page)).getJsonArray("items").getValuesAs(JsonObject.class));
    }

    private static String field(JsonObject problem) {
        return problem.getJsonArray("violations").getJsonObject(0).getString("field");
    }

    private static void assertViolation(JsonObject problem, String field, String message) {
        assertEquals(field, field(problem), problem.toString());
        assertEquals(message, problem.getJsonArray("violations").getJsonObject(0).getString("message"));
    }

    private TwoShops setup() {
        return TwoShops.in(base);
    }
}
