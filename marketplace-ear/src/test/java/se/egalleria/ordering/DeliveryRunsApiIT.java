package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.ordering.HomeDeliveries.strings;
import static se.egalleria.ordering.OrderWorkflowApiIT.carrierId;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/** Carriers' delivery runs (körningar) and lists of stops, through the API. */
class DeliveryRunsApiIT extends DeployedGallery {

    @Test
    void aFailedDeliveryTakenOverByAnotherCarrierIsInEachCarriersOwnRun() {
        TwoShops s = TwoShops.in(base);
        HomeDeliveries d = new HomeDeliveries(s);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        long bussgods = carrierId(s.arjeplog(), "Bussgods Arjeplog");
        long posten = carrierId(s.arjeplog(), "Posten");
        Person driver = accounts.carrier("arjeplog", admin, bussgods);
        Person postman = accounts.carrier("arjeplog", admin, posten);
        String staff = s.fjallbodenStaff().token();
        String number = d.place(s.fjallboden(), 2, "Laisvall", "Byvägen 3", Accounts.newAddress("retry"), null);
        d.handOver(staff, number, bussgods);
        d.move(driver.token(), number, "DELIVERY_FAILED", "Ingen hemma");

        // The shop gives the second attempt to Posten before Bussgods has recorded its run.
        d.chooseCarrier(staff, number, posten);
        d.move(staff, number, "HANDED_TO_CARRIER", null);

        HttpResponse<String> first = d.recordRun(driver.token(), bussgods, 61, number);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(List.of(number), strings(((JsonObject) GalleryClient.json(first)).getJsonArray("orderNumbers")));
        JsonObject bussgodsRun = d.runs(driver.token(), bussgods).stream().filter(r -> r.getInt("km") == 61)
                .filter(r -> strings(r.getJsonArray("orderNumbers")).contains(number)).findFirst().orElseThrow();
        assertEquals(List.of("Laisvall"), strings(bussgodsRun.getJsonArray("villages")));
        HttpResponse<String> report = s.arjeplog().send("GET", "/api/v1/subsidy/reports/carrier/" + bussgods + "/"
                + YearMonth.now(ZoneId.of("Europe/Stockholm")), driver.token(), null);
        assertEquals(200, report.statusCode(), "the carrier's report still counts its runs: " + report.body());
        assertProblem(d.recordRun(driver.token(), bussgods, 5, number), 409, "conflict");

        assertTrue(stops(s, postman, posten).contains(number), "Posten has it now");
        assertTrue(!stops(s, driver, bussgods).contains(number), "Bussgods no longer");
        d.deliver(postman.token(), number, "Lämnat");
        HttpResponse<String> second = d.recordRun(postman.token(), posten, 38, number);
        assertEquals(201, second.statusCode(), second.body());
        assertTrue(d.runs(postman.token(), posten).stream()
                .anyMatch(r -> r.getInt("km") == 38 && strings(r.getJsonArray("orderNumbers")).contains(number)));
        assertTrue(d.runs(driver.token(), bussgods).stream()
                .anyMatch(r -> r.getInt("km") == 61 && strings(r.getJsonArray("orderNumbers")).contains(number)),
                "Bussgods' run still shows what it carried");
        assertProblem(d.recordRun(postman.token(), posten, 5, number), 409, "conflict");
    }

    @Test
    void oneRunCarriesTwoShopsDeliveriesToTheSameVillage() {
        TwoShops s = TwoShops.in(base);
        HomeDeliveries d = new HomeDeliveries(s);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        long bussgods = carrierId(s.arjeplog(), "Bussgods Arjeplog");
        long posten = carrierId(s.arjeplog(), "Posten");
        Person driver = accounts.carrier("arjeplog", admin, bussgods);
        Person postman = accounts.carrier("arjeplog", admin, posten);
        // Both shops deliver to Mellanström: Fjällboden (from 200 kr) and Slagnäs Livs (from 150 kr).
        String cheese = d.place(s.fjallboden(), 2, "Mellanström", "Sjövägen 1", Accounts.newAddress("run"), null);
        String bread = d.place(s.slagnas(), 4, "Mellanström", "Sjövägen 7", Accounts.newAddress("run"), null);
        String postens = d.place(s.fjallboden(), 2, "Mellanström", "Sjövägen 9", Accounts.newAddress("run"), null);
        d.handOver(s.fjallbodenStaff().token(), cheese, bussgods);
        d.handOver(s.slagnasStaff().token(), bread, bussgods);
        d.handOver(s.fjallbodenStaff().token(), postens, posten);

        assertProblem(d.recordRun(driver.token(), bussgods, 48, cheese, bread, postens), 400, "invalid-input");
        assertProblem(d.recordRun(postman.token(), posten, 48, cheese), 400, "invalid-input");
        assertProblem(d.recordRun(postman.token(), bussgods, 48, cheese), 403, "forbidden");
        assertProblem(d.recordRun(driver.token(), bussgods, 48, cheese, harjedalenOrder()), 400, "invalid-input");
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").post("/api/v1/carriers/" + bussgods + "/runs",
                driver.token(), Json.createObjectBuilder().add("vehicle", "Buss").add("km", 1)
                        .add("orders", Json.createArrayBuilder().add(cheese)).build()), 401, "not-authenticated");

        HttpResponse<String> recorded = d.recordRun(driver.token(), bussgods, 48, cheese, bread);
        assertEquals(201, recorded.statusCode(), recorded.body());
        JsonObject run = (JsonObject) GalleryClient.json(recorded);
        assertEquals(List.of(cheese, bread).stream().sorted().toList(),
                strings(run.getJsonArray("orderNumbers")).stream().sorted().toList());
        assertEquals(List.of("Mellanström"), strings(run.getJsonArray("villages")));
        assertEquals(2, run.getInt("households"));
        assertTrue(d.runs(driver.token(), bussgods).stream().anyMatch(r -> r.getJsonNumber("id").longValue()
                == run.getJsonNumber("id").longValue()), "the month lists it");
        assertEquals(201, d.recordRun(postman.token(), posten, 12, postens).statusCode(),
                "the other carrier records its own");
    }

    @Test
    void aCarriersStopsComeByDayThenVillageNearestTheShopFirst() {
        TwoShops s = TwoShops.in(base);
        HomeDeliveries d = new HomeDeliveries(s);
        Accounts accounts = new Accounts(base);
        long bussgods = carrierId(s.arjeplog(), "Bussgods Arjeplog");
        Person driver = accounts.carrier("arjeplog", accounts.administrator("arjeplog"), bussgods);
        LocalDate day = d.routeDates(s.fjallboden()).get(0);
        // From Fjällboden in Arjeplog: Mellanström about 25 km, Laisvall 33 km, Jäckvik 56 km; by name it
        // would be Jäckvik, Laisvall, Mellanström.
        String laisvall = d.place(s.fjallboden(), 2, "Laisvall", "Byvägen 3", Accounts.newAddress("way"), day);
        String jackvik = d.place(s.fjallboden(), 2, "Jäckvik", "Fjällvägen 2", Accounts.newAddress("way"), day);
        String mellanstrom = d.place(s.fjallboden(), 2, "Mellanström", "Sjövägen 1", Accounts.newAddress("way"), day);
        for (String number : List.of(laisvall, jackvik, mellanstrom)) {
            d.handOver(s.fjallbodenStaff().token(), number, bussgods);
        }

        List<JsonObject> stops = ((JsonArray) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/carriers/"
                + bussgods + "/stops", driver.token(), null))).getValuesAs(JsonObject.class);
        List<String> mine = stops.stream().map(o -> o.getString("number"))
                .filter(n -> List.of(laisvall, jackvik, mellanstrom).contains(n)).toList();
        assertEquals(List.of(mellanstrom, laisvall, jackvik), mine);
        List<String> days = stops.stream().map(o -> o.getString("date")).toList();
        assertEquals(days.stream().sorted().toList(), days, "by day first");
    }

    private List<String> stops(TwoShops s, Person carrier, long carrierId) {
        HttpResponse<String> stops = s.arjeplog().send("GET", "/api/v1/carriers/" + carrierId + "/stops",
                carrier.token(), null);
        assertEquals(200, stops.statusCode(), stops.body());
        return ((JsonArray) GalleryClient.json(stops)).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("number")).toList();
    }

    /** An order placed in Härjedalen's gallery (picked up in the shop). */
    private String harjedalenOrder() {
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        Shopping shopping = new Shopping(harjedalen);
        long shop = Shopping.shopId(harjedalen, "Svegs Livs");
        Person staff = new Accounts(base).shopStaff("harjedalen", new Accounts(base).administrator("harjedalen"),
                shop);
        long product = shopping.product(shop, staff.token(), "Messmör " + Shopping.newKey().substring(0, 8), 3990,
                null);
        String basket = shopping.basket();
        shopping.addOk(basket, product, 1);
        HttpResponse<String> placed = shopping.checkout(basket, null, shopping.contact(Accounts.newAddress("sveg"),
                shopping.villageId("Sveg"), Json.createArrayBuilder().add(Shopping.choice(shop, "SHOP_PICKUP")))
                .build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        return CheckoutApiIT.orders(placed).get(0).getString("number");
    }
}
