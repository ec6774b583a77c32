package se.egalleria.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.ordering.TwoShops;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.AlsoOnEmbeddedH2;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * The municipality's delivery statistics count each delivery once, in its month, village, shop and
 * carrier, and as subsidised when the register covers its household. The database is shared with
 * other tests, so the figures are compared before and after this test's own deliveries.
 */
@AlsoOnEmbeddedH2
class DeliveryStatisticsApiIT extends DeployedGallery {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final String PATH = "/api/v1/statistics/deliveries";

    @Test
    void eachDeliveryCountsOnceInItsMonthVillageShopAndCarrier() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        long bussgods = carrierId(s.arjeplog(), "Bussgods Arjeplog");
        long posten = carrierId(s.arjeplog(), "Posten");
        Person busDriver = accounts.carrier("arjeplog", admin, bussgods);
        Person postman = accounts.carrier("arjeplog", admin, posten);
        long mellanstrom = s.shopping().villageId("Mellanström");
        String run = Shopping.newKey().substring(0, 8);
        String approved = "Statistikvägen " + run;
        String expired = "Gamla vägen " + run;
        // The register has the address as the municipality typed it: another case, spacing, postal code.
        approve(s, admin, "  STATISTIKVÄGEN   " + run.toUpperCase(), s.laisvall(), null);
        approve(s, admin, expired, mellanstrom, LocalDate.now(SWEDEN).minusDays(1));

        YearMonth firstMonth = YearMonth.now(SWEDEN);
        String range = "?from=" + firstMonth + "&to=" + firstMonth.plusMonths(1);
        JsonObject before = figures(s, admin, range);

        Delivery fjallboden = new Delivery(s, s.fjallboden(), s.cheese(), 2, s.fjallbodenStaff());
        Delivery slagnas = new Delivery(s, s.slagnas(), s.bread(), 4, s.slagnasStaff());
        fjallboden.home(approved, s.laisvall(), bussgods, busDriver);
        fjallboden.home(approved, s.laisvall(), bussgods, busDriver);
        fjallboden.home(expired, mellanstrom, posten, postman);
        slagnas.home("Sjövägen " + run, mellanstrom, posten, postman);
        slagnas.pickedUp("Sjövägen " + run, mellanstrom);

        YearMonth lastMonth = YearMonth.now(SWEDEN);
        JsonObject after = figures(s, admin, range);
        assertEquals(4, delta(before, after, "homeDeliveries"));
        assertEquals(1, delta(before, after, "pickups"));
        assertEquals(3, delta(before, after, "households"), "two deliveries went to the same household");
        assertEquals(2, delta(before, after, "subsidisedDeliveries"), "the approved household, not the expired one");
        assertEquals(BigDecimal.valueOf(after.getJsonNumber("subsidisedDeliveries").longValue() * 100)
                .divide(BigDecimal.valueOf(after.getJsonNumber("homeDeliveries").longValue()), 1, RoundingMode.HALF_UP),
                after.getJsonNumber("subsidisedPercent").bigDecimalValue());

        assertEquals(List.of(2L, 1L, 2L), deltas(before, after, "villages", "village", "Laisvall",
                "homeDeliveries", "households", "subsidisedDeliveries"));
        assertEquals(List.of(2L, 2L, 0L), deltas(before, after, "villages", "village", "Mellanström",
                "homeDeliveries", "households", "subsidisedDeliveries"));
        assertEquals(List.of(0L, 0L), deltas(before, after, "villages", "village", "Jäckvik",
                "homeDeliveries", "households"));
        assertEquals(List.of(3L, 0L), deltas(before, after, "shops", "shop", "Fjällboden Lanthandel",
                "homeDeliveries", "pickups"));
        assertEquals(List.of(1L, 1L), deltas(before, after, "shops", "shop", "Slagnäs Livs & Bensin",
                "homeDeliveries", "pickups"));
        assertEquals(List.of(2L), deltas(before, after, "carriers", "carrier", "Bussgods Arjeplog", "homeDeliveries"));
        assertEquals(List.of(2L), deltas(before, after, "carriers", "carrier", "Posten", "homeDeliveries"));
        if (firstMonth.equals(lastMonth)) {
            assertEquals(List.of(4L, 1L, 3L, 2L), deltas(before, after, "months", "month", firstMonth.toString(),
                    "homeDeliveries", "pickups", "households", "subsidisedDeliveries"));
            assertEquals(List.of(0L, 0L), deltas(before, after, "months", "month", firstMonth.plusMonths(1).toString(),
                    "homeDeliveries", "pickups"));
        } else {
            // The test ran over midnight into a new month: its deliveries lie in the two months together.
            long first = deltas(before, after, "months", "month", firstMonth.toString(), "homeDeliveries").get(0);
            long second = deltas(before, after, "months", "month", lastMonth.toString(), "homeDeliveries").get(0);
            assertEquals(4, first + second);
        }
        assertEquals(List.of(firstMonth.toString(), firstMonth.plusMonths(1).toString()),
                after.getJsonArray("months").getValuesAs(JsonObject.class).stream().map(m -> m.getString("month"))
                        .toList());

        HttpResponse<String> csv = s.arjeplog().download(PATH + range, admin.token(), "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("attachment; filename=\"hemsandning-statistik-" + firstMonth + "-" + firstMonth.plusMonths(1)
                + ".csv\"", csv.headers().firstValue("Content-Disposition").orElse(""));
        JsonObject laisvall = row(after, "villages", "village", "Laisvall");
        assertTrue(csv.body().startsWith("\uFEFFIndelning;Namn;Hemsändningar;Hämtade;Hushåll;Med bidrag;"), csv.body());
        assertTrue(csv.body().contains("\r\nBy;Laisvall;" + laisvall.getJsonNumber("homeDeliveries") + ";;"
                + laisvall.getInt("households") + ";" + laisvall.getJsonNumber("subsidisedDeliveries") + ";"
                + laisvall.getJsonNumber("subsidisedPercent").toString().replace('.', ',') + "\r\n"), csv.body());
    }

    @Test
    void onlyTheMunicipalitysAdministratorSeesThem() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        Person driver = accounts.carrier("arjeplog", admin, carrierId(s.arjeplog(), "Posten"));
        Person resident = accounts.resident("arjeplog");
        Person harjedalenAdmin = accounts.administrator("harjedalen");
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        String range = PATH + "?from=2026-01&to=2026-12";

        assertProblem(s.arjeplog().send("GET", range, resident.token(), null), 403, "forbidden");
        assertProblem(s.arjeplog().send("GET", range, s.fjallbodenStaff().token(), null), 403, "forbidden");
        assertProblem(s.arjeplog().send("GET", range, driver.token(), null), 403, "forbidden");
        assertProblem(s.arjeplog().download(range, s.fjallbodenStaff().token(), "text/csv"), 403, "forbidden");
        assertProblem(s.arjeplog().send("GET", range, null, null), 401, "not-authenticated");
        assertProblem(s.arjeplog().send("GET", range, harjedalenAdmin.token(), null), 401, "not-authenticated");
        assertProblem(harjedalen.send("GET", range, admin.token(), null), 401, "not-authenticated");

        // Härjedalen's own figures hold Härjedalen's villages, shops and carriers only.
        JsonObject own = figures(harjedalen, harjedalenAdmin, "?from=2026-01&to=2026-12");
        List<String> villages = names(own, "villages", "village");
        assertTrue(villages.contains("Sveg") && !villages.contains("Laisvall"), villages.toString());
        assertTrue(own.getJsonArray("shops").getValuesAs(JsonObject.class).stream()
                .noneMatch(shop -> shop.getJsonNumber("shopId").longValue() == s.fjallboden()), own.toString());
        assertTrue(!names(own, "carriers", "carrier").contains("Bussgods Arjeplog"), own.toString());
    }

    @Test
    void monthsMustBeMonthsAndTwoYearsAtMost() {
        TwoShops s = TwoShops.in(base);
        Person admin = new Accounts(base).administrator("arjeplog");

        assertEquals("from", violation(s, admin, "?from=2026-13&to=2026-12"));
        assertEquals("from", violation(s, admin, "?from=januari&to=2026-12"));
        assertEquals("to", violation(s, admin, "?from=2026-01"));
        assertEquals("to", violation(s, admin, "?from=2026-05&to=2026-04"));
        assertEquals("to", violation(s, admin, "?from=2025-01&to=2027-01"));
        JsonObject twoYears = figures(s, admin, "?from=2025-01&to=2026-12");
        assertEquals(24, twoYears.getJsonArray("months").size());
        assertEquals("2025-01", twoYears.getString("from"));
        JsonObject problem = assertProblem(s.arjeplog().send("GET", PATH + "?from=2025-01&to=2027-01", admin.token(),
                null), 400, "invalid-input");
        assertEquals("Välj högst 24 månader.", problem.getString("detail"));
    }

    private static String violation(TwoShops s, Person admin, String query) {
        JsonObject problem = assertProblem(s.arjeplog().send("GET", PATH + query, admin.token(), null), 400,
                "invalid-input");
        return problem.getJsonArray("violations").getJsonObject(0).getString("field");
    }

    private static JsonObject figures(TwoShops s, Person admin, String query) {
        return figures(s.arjeplog(), admin, query);
    }

    private static JsonObject figures(GalleryClient gallery, Person admin, String query) {
        HttpResponse<String> response = gallery.send("GET", PATH + query, admin.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    private static long delta(JsonObject before, JsonObject after, String field) {
        return after.getJsonNumber(field).longValue() - before.getJsonNumber(field).longValue();
    }

    private static List<Long> deltas(JsonObject before, JsonObject after, String list, String key, String name,
                                     String... fields) {
        JsonObject was = row(before, list, key, name);
        JsonObject is = row(after, list, key, name);
        return java.util.Arrays.stream(fields).map(f -> delta(was, is, f)).toList();
    }

    private static JsonObject row(JsonObject figures, String list, String key, String name) {
        return figures.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString(key).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + figures.getJsonArray(list)));
    }

    private static List<String> names(JsonObject figures, String list, String key) {
        return figures.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(r -> r.getString(key)).toList();
    }

    private static void approve(TwoShops s, Person admin, String street, long village, LocalDate validUntil) {
        var body = Json.createObjectBuilder().add("name", "Statistik Hushåll").add("street", street)
                .add("postalCode", "93090").add("villageId", village).add("basis", "PENSIONER");
        if (validUntil != null) {
            // A period that ended: it began a month before its last day.
            body.add("validFrom", validUntil.minusMonths(1).toString()).add("validUntil", validUntil.toString());
        }
        HttpResponse<String> approved = s.arjeplog().post("/api/v1/subsidy/approvals", admin.token(), body.build());
        assertEquals(201, approved.statusCode(), approved.body());
    }

    static long carrierId(GalleryClient gallery, String name) {
        return ((JsonArray) GalleryClient.json(gallery.get("/api/v1/carriers"))).getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
