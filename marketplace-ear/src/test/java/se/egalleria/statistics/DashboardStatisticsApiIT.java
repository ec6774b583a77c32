package se.egalleria.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.egalleria.ordering.TwoShops;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.AlsoOnEmbeddedH2;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * The dashboard's other figures: orders and sales per shop and month, home delivery against pickup,
 * deliveries per village and month, and service bookings, as JSON and CSV. The database is shared
 * with other tests and outlives runs, so order figures are compared before and after this test's
 * own orders, and bookings are read for a service this test creates (exact, not a delta).
 */
@AlsoOnEmbeddedH2
class DashboardStatisticsApiIT extends DeployedGallery {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final String BASE = "/api/v1/statistics/";
    private static final List<String> NEW_FIGURES = List.of("sales", "delivery-methods", "bookings",
            "deliveries/villages");

    @Test
    void ordersCountInTheShopAndMonthTheyWerePlacedRejectedOnesNot() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        long posten = DeliveryStatisticsApiIT.carrierId(s.arjeplog(), "Posten");
        Person postman = accounts.carrier("arjeplog", admin, posten);
        long mellanstrom = s.shopping().villageId("Mellanström");
        String street = "Försäljningsvägen " + Shopping.newKey().substring(0, 8);
        YearMonth month = YearMonth.now(SWEDEN);
        String range = "?from=" + month + "&to=" + month.plusMonths(1);
        JsonObject salesBefore = json(s.arjeplog(), admin, "sales" + range);
        JsonObject methodsBefore = json(s.arjeplog(), admin, "delivery-methods" + range);
        JsonArray villagesBefore = jsonArray(s.arjeplog(), admin, "deliveries/villages" + range);

        // Cheese 125 kr at 12 % VAT, bread 49,90 kr at 12 %: the VAT inside a line is rounded to the öre.
        Delivery cheese = new Delivery(s, s.fjallboden(), s.cheese(), 2, s.fjallbodenStaff());
        cheese.home(street, mellanstrom, posten, postman);                  // 250,00 kr, VAT 26,79 kr
        cheese.rejected(street, mellanstrom, "HOME_DELIVERY");             // does not count
        Delivery threeBreads = new Delivery(s, s.slagnas(), s.bread(), 3, s.slagnasStaff());
        threeBreads.place(street, mellanstrom, "SHOP_PICKUP");              // 149,70 kr, VAT 16,04 kr
        new Delivery(s, s.slagnas(), s.bread(), 1, s.slagnasStaff())
                .placedForServicePoint(street, mellanstrom);                // 49,90 kr, VAT 5,35 kr
        YearMonth lastMonth = YearMonth.now(SWEDEN);

        JsonObject salesAfter = json(s.arjeplog(), admin, "sales" + range);
        assertEquals(List.of(3L, 25000L + 14970 + 4990, 2679L + 1604 + 535),
                deltas(salesBefore, salesAfter, "orders", "salesOre", "vatOre"));
        JsonObject fjallbodenBefore = row(salesBefore, "shops", "shop", "Fjällboden Lanthandel");
        JsonObject fjallbodenAfter = row(salesAfter, "shops", "shop", "Fjällboden Lanthandel");
        assertEquals(List.of(1L, 25000L, 2679L), deltas(fjallbodenBefore, fjallbodenAfter, "orders", "salesOre",
                "vatOre"));
        JsonObject slagnasBefore = row(salesBefore, "shops", "shop", "Slagnäs Livs & Bensin");
        JsonObject slagnasAfter = row(salesAfter, "shops", "shop", "Slagnäs Livs & Bensin");
        assertEquals(List.of(2L, 19960L, 2139L), deltas(slagnasBefore, slagnasAfter, "orders", "salesOre", "vatOre"));
        assertEquals(List.of(0L, 0L), deltas(row(salesBefore, "shops", "shop", "Laisvalls Handel"),
                row(salesAfter, "shops", "shop", "Laisvalls Handel"), "orders", "salesOre"), "the service point sells nothing");
        assertEquals(List.of(month.toString(), month.plusMonths(1).toString()), months(salesAfter.getJsonArray("months")));
        assertEquals(List.of(month.toString(), month.plusMonths(1).toString()),
                months(fjallbodenAfter.getJsonArray("months")), "every month for every shop, zeros included");

        JsonObject methodsAfter = json(s.arjeplog(), admin, "delivery-methods" + range);
        assertEquals(List.of(1L, 1L, 1L), deltas(methodsBefore, methodsAfter, "homeDelivery", "shopPickup",
                "servicePointPickup"));
        JsonArray villagesAfter = jsonArray(s.arjeplog(), admin, "deliveries/villages" + range);

        if (month.equals(lastMonth)) {
            assertEquals(List.of(1L, 25000L, 2679L), deltas(monthOf(fjallbodenBefore, month),
                    monthOf(fjallbodenAfter, month), "orders", "salesOre", "vatOre"));
            assertEquals(List.of(0L, 0L), deltas(monthOf(fjallbodenBefore, month.plusMonths(1)),
                    monthOf(fjallbodenAfter, month.plusMonths(1)), "orders", "salesOre"));
            assertEquals(List.of(1L, 1L, 1L), deltas(monthOf(methodsBefore, month), monthOf(methodsAfter, month),
                    "homeDelivery", "shopPickup", "servicePointPickup"));
            assertEquals(List.of(1L, 0L), deltas(villageMonth(villagesBefore, "Mellanström", month),
                    villageMonth(villagesAfter, "Mellanström", month), "homeDeliveries", "subsidisedDeliveries"));
            assertEquals(List.of(0L), deltas(villageMonth(villagesBefore, "Laisvall", month),
                    villageMonth(villagesAfter, "Laisvall", month), "homeDeliveries"));
        } else {
            // The test ran over midnight into a new month: its orders lie in the two months together.
            assertEquals(3, delta(salesBefore.getJsonArray("months").getJsonObject(0),
                    salesAfter.getJsonArray("months").getJsonObject(0), "orders")
                    + delta(salesBefore.getJsonArray("months").getJsonObject(1),
                    salesAfter.getJsonArray("months").getJsonObject(1), "orders"));
        }

        // The same as CSV for Excel: kronor with a decimal comma, a row per shop and month.
        JsonObject fjallbodenMonth = monthOf(fjallbodenAfter, lastMonth);
        String sales = csv(s.arjeplog(), admin, "sales" + range, "forsaljning-" + month + "-" + month.plusMonths(1));
        assertTrue(sales.startsWith("\uFEFFButik;Månad;Beställningar;Försäljning inkl. moms (kr);Varav moms (kr)\r\n"
                + "Alla butiker;" + month + ";"), sales);
        assertTrue(sales.contains("\r\nFjällboden Lanthandel;" + lastMonth + ";" + fjallbodenMonth.getInt("orders") + ";"
                + kronor(fjallbodenMonth.getJsonNumber("salesOre").longValue()) + ";"
                + kronor(fjallbodenMonth.getJsonNumber("vatOre").longValue()) + "\r\n"), sales);
        JsonObject methodMonth = monthOf(methodsAfter, lastMonth);
        String methods = csv(s.arjeplog(), admin, "delivery-methods" + range,
                "hemsandning-och-hamtning-" + month + "-" + month.plusMonths(1));
        assertTrue(methods.startsWith("\uFEFFMånad;Hemsändning;Hämtas i butik;Hämtas vid servicepunkt\r\n"), methods);
        assertTrue(methods.contains("\r\n" + lastMonth + ";" + methodMonth.getJsonNumber("homeDelivery") + ";"
                + methodMonth.getJsonNumber("shopPickup") + ";" + methodMonth.getJsonNumber("servicePointPickup")
                + "\r\n"), methods);
        JsonObject mellanstromMonth = villageMonth(villagesAfter, "Mellanström", lastMonth);
        String villages = csv(s.arjeplog(), admin, "deliveries/villages" + range,
                "hemsandning-per-by-" + month + "-" + month.plusMonths(1));
        assertTrue(villages.startsWith("\uFEFFBy;Månad;Hemsändningar;Med bidrag\r\n"), villages);
        assertTrue(villages.contains("\r\nMellanström;" + lastMonth + ";" + mellanstromMonth.getJsonNumber("homeDeliveries")
                + ";" + mellanstromMonth.getJsonNumber("subsidisedDeliveries") + "\r\n"), villages);
    }

    @Test
    void bookingsCountPerServiceInTheMonthTheyWereMadeCancelledOnesNot() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        String name = "Statistikrunda " + Shopping.newKey().substring(0, 8);
        long service = service(s, name);
        long unbooked = service(s, name + " utan bokningar");
        long slot = slot(s, service, 6);
        slot(s, unbooked, 6);
        YearMonth month = YearMonth.now(SWEDEN);
        String range = "?from=" + month + "&to=" + month.plusMonths(1);
        JsonObject before = json(s.arjeplog(), admin, "bookings" + range);

        book(s, accounts.resident("arjeplog"), slot, 1);
        book(s, accounts.resident("arjeplog"), slot, 2);
        Person cancelling = accounts.resident("arjeplog");
        long cancelled = book(s, cancelling, slot, 3);
        assertEquals(204, s.arjeplog().send("DELETE", "/api/v1/bookings/" + cancelled, cancelling.token(), null)
                .statusCode());
        YearMonth lastMonth = YearMonth.now(SWEDEN);

        JsonObject after = json(s.arjeplog(), admin, "bookings" + range);
        assertEquals(List.of(2L, 3L), deltas(before, after, "bookings", "seats"));
        JsonObject row = row(after, "services", "service", name);
        assertEquals(service, row.getJsonNumber("serviceId").longValue());
        assertEquals("Fjällboden Lanthandel", row.getString("shop"));
        assertEquals(List.of(2, 3), List.of(row.getInt("bookings"), row.getInt("seats")));
        assertTrue(names(after, "services", "service").stream().noneMatch(n -> n.equals(name + " utan bokningar")),
                "a service without bookings in the period is not listed");
        if (month.equals(lastMonth)) {
            assertEquals(List.of(2L, 3L), deltas(monthOf(before, month), monthOf(after, month), "bookings", "seats"));
            assertEquals(List.of(2, 3, 0), List.of(monthOf(row, month).getInt("bookings"),
                    monthOf(row, month).getInt("seats"), monthOf(row, month.plusMonths(1)).getInt("bookings")));
        }

        String csv = csv(s.arjeplog(), admin, "bookings" + range, "bokningar-" + month + "-" + month.plusMonths(1));
        assertTrue(csv.startsWith("\uFEFFTjänst;Butik;Månad;Bokningar;Platser\r\nAlla tjänster;;" + month + ";"), csv);
        assertTrue(csv.contains("\r\n" + name + ";Fjällboden Lanthandel;" + lastMonth + ";2;3\r\n"), csv);

        // Another municipality's administrator sees their own services only.
        Person harjedalenAdmin = accounts.administrator("harjedalen");
        JsonObject harjedalen = json(GalleryClient.forMunicipality(base, "harjedalen"), harjedalenAdmin,
                "bookings" + range);
        assertTrue(names(harjedalen, "services", "service").stream().noneMatch(n -> n.startsWith(name)),
                harjedalen.toString());
    }

    @Test
    void onlyTheMunicipalitysAdministratorSeesTheFigures() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        Person driver = accounts.carrier("arjeplog", admin, DeliveryStatisticsApiIT.carrierId(s.arjeplog(), "Posten"));
        Person resident = accounts.resident("arjeplog");
        Person harjedalenAdmin = accounts.administrator("harjedalen");
        Person harjedalenResident = accounts.resident("harjedalen");
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");

        for (String figure : NEW_FIGURES) {
            String path = BASE + figure + "?from=2026-01&to=2026-12";
            for (String accept : List.of("application/json", "text/csv")) {
                String what = figure + " as " + accept;
                assertProblem(s.arjeplog().download(path, resident.token(), accept), 403, "forbidden");
                assertProblem(s.arjeplog().download(path, s.fjallbodenStaff().token(), accept), 403, "forbidden");
                assertProblem(s.arjeplog().download(path, driver.token(), accept), 403, "forbidden");
                assertProblem(s.arjeplog().download(path, null, accept), 401, "not-authenticated");
                // Another municipality's people: their tokens are not valid here, nor ours there.
                assertProblem(s.arjeplog().download(path, harjedalenAdmin.token(), accept), 401, "not-authenticated");
                assertProblem(harjedalen.download(path, admin.token(), accept), 401, "not-authenticated");
                assertProblem(harjedalen.download(path, harjedalenResident.token(), accept), 403, "forbidden");
                assertEquals(200, harjedalen.download(path, harjedalenAdmin.token(), accept).statusCode(), what);
            }
        }

        // Härjedalen's own figures hold Härjedalen's shops and villages only.
        JsonObject sales = json(harjedalen, harjedalenAdmin, "sales?from=2026-01&to=2026-12");
        assertTrue(sales.getJsonArray("shops").getValuesAs(JsonObject.class).stream()
                .noneMatch(shop -> shop.getJsonNumber("shopId").longValue() == s.fjallboden()), sales.toString());
        assertTrue(names(sales, "shops", "shop").contains("Svegs Livs"), sales.toString());
        List<String> villages = jsonArray(harjedalen, harjedalenAdmin, "deliveries/villages?from=2026-01&to=2026-12")
                .getValuesAs(JsonObject.class).stream().map(v -> v.getString("village")).toList();
        assertTrue(villages.contains("Sveg") && !villages.contains("Laisvall"), villages.toString());
    }

    @Test
    void badMonthsAreRefusedOnTheirField() {
        TwoShops s = TwoShops.in(base);
        Person admin = new Accounts(base).administrator("arjeplog");

        for (String figure : NEW_FIGURES) {
            for (String accept : List.of("application/json", "text/csv")) {
                assertEquals("from", violation(s, admin, figure + "?from=2026-13&to=2026-12", accept));
                assertEquals("from", violation(s, admin, figure + "?to=2026-12", accept));
                assertEquals("to", violation(s, admin, figure + "?from=2026-01&to=december", accept));
                assertEquals("to", violation(s, admin, figure + "?from=2026-05&to=2026-04", accept));
                assertEquals("to", violation(s, admin, figure + "?from=2025-01&to=2027-01", accept));
            }
        }
        JsonObject problem = assertProblem(s.arjeplog().send("GET", BASE + "sales?from=2026-05&to=2026-04",
                admin.token(), null), 400, "invalid-input");
        assertEquals("Till-månaden kan inte vara före från-månaden.", problem.getString("detail"));
        assertEquals(24, json(s.arjeplog(), admin, "bookings?from=2025-01&to=2026-12").getJsonArray("months").size());
    }

    private static String violation(TwoShops s, Person admin, String query, String accept) {
        JsonObject problem = assertProblem(s.arjeplog().download(BASE + query, admin.token(), accept), 400,
                "invalid-input");
        return problem.getJsonArray("violations").getJsonObject(0).getString("field");
    }

    private static long service(TwoShops s, String name) {
        HttpResponse<String> created = s.arjeplog().post("/api/v1/shops/" + s.fjallboden() + "/services",
                s.fjallbodenStaff().token(), Json.createObjectBuilder().add("name", name)
                        .add("description", "Fri skjuts till butiken").add("kind", "SHOPPING_BUS")
                        .add("booking", "SLOTS").build());
        assertEquals(201, created.statusCode(), created.body());
        return ((JsonObject) GalleryClient.json(created)).getJsonNumber("id").longValue();
    }

    private static long slot(TwoShops s, long service, int seats) {
        HttpResponse<String> slot = s.arjeplog().post("/api/v1/services/" + service + "/slots",
                s.fjallbodenStaff().token(), Json.createObjectBuilder().add("startsAt", Instant.now()
                        .plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString()).add("capacity", seats)
                        .build());
        assertEquals(201, slot.statusCode(), slot.body());
        return ((JsonObject) GalleryClient.json(slot)).getJsonNumber("id").longValue();
    }

    private static long book(TwoShops s, Person resident, long slot, int seats) {
        HttpResponse<String> booked = s.arjeplog().post("/api/v1/slots/" + slot + "/bookings", resident.token(),
                Json.createObjectBuilder().add("seats", seats).build());
        assertEquals(201, booked.statusCode(), booked.body());
        return ((JsonObject) GalleryClient.json(booked)).getJsonNumber("id").longValue();
    }

    private static String csv(GalleryClient gallery, Person admin, String query, String fileName) {
        HttpResponse<String> csv = gallery.download(BASE + query, admin.token(), "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("attachment; filename=\"" + fileName + ".csv\"",
                csv.headers().firstValue("Content-Disposition").orElse(""));
        return csv.body();
    }

    /** Kronor as the Swedish CSV writes them: 1234,50. */
    private static String kronor(long ore) {
        return ore / 100 + "," + String.format(Locale.ROOT, "%02d", ore % 100);
    }

    private static JsonObject json(GalleryClient gallery, Person admin, String query) {
        return (JsonObject) GalleryClient.json(ok(gallery.send("GET", BASE + query, admin.token(), null)));
    }

    private static JsonArray jsonArray(GalleryClient gallery, Person admin, String query) {
        return (JsonArray) GalleryClient.json(ok(gallery.send("GET", BASE + query, admin.token(), null)));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static long delta(JsonObject before, JsonObject after, String field) {
        return after.getJsonNumber(field).longValue() - before.getJsonNumber(field).longValue();
    }

    private static List<Long> deltas(JsonObject before, JsonObject after, String... fields) {
        return java.util.Arrays.stream(fields).map(f -> delta(before, after, f)).toList();
    }

    private static JsonObject row(JsonObject figures, String list, String key, String name) {
        return figures.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString(key).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + figures.getJsonArray(list)));
    }

    private static List<String> names(JsonObject figures, String list, String key) {
        return figures.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(r -> r.getString(key)).toList();
    }

    private static JsonObject monthOf(JsonObject withMonths, YearMonth month) {
        return row(withMonths, "months", "month", month.toString());
    }

    private static JsonObject villageMonth(JsonArray villages, String village, YearMonth month) {
        JsonObject row = villages.getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("village").equals(village)).findFirst()
                .orElseThrow(() -> new AssertionError(village + " not in " + villages));
        return monthOf(row, month);
    }

    private static List<String> months(JsonArray months) {
        return months.getValuesAs(JsonObject.class).stream().map(m -> m.getString("month")).toList();
    }
}
