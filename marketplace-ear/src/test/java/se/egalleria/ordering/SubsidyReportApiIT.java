package se.egalleria.ordering;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.AlsoOnEmbeddedH2;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

/**
 * Arjeplog pays 150 kr per delivery to approved households, once a week. The monthly report of a
 * shop lists every home delivery with the checks, and is locked once approved.
 */
@AlsoOnEmbeddedH2
class SubsidyReportApiIT extends DeployedGallery {

    @Test
    void theMonthlyReportChecksEveryDeliveryAgainstTheRules() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        long bussgods = OrderWorkflowApiIT.carrierId(s.arjeplog(), "Bussgods Arjeplog");
        Person driver = accounts.carrier("arjeplog", admin, bussgods);
        String approvedStreet = "Testvägen " + Shopping.newKey().substring(0, 8);
        String otherStreet = "Okändvägen " + Shopping.newKey().substring(0, 8);

        HttpResponse<String> approved = approve(s, admin.token(), approvedStreet, "PENSIONER");
        assertEquals(201, approved.statusCode(), approved.body());
        assertProblem(approve(s, admin.token(), approvedStreet, "PENSIONER"), 409, "conflict");
        assertProblem(approve(s, admin.token(), otherStreet, "RIK"), 400, "invalid-input");
        assertProblem(approve(s, s.fjallbodenStaff().token(), otherStreet, "PENSIONER"), 403, "forbidden");
        assertTrue(((jakarta.json.JsonArray) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/subsidy/approvals",
                admin.token(), null))).getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("street").equals(approvedStreet)));

        String first = deliver(s, approvedStreet, bussgods, driver);
        String second = deliver(s, approvedStreet, bussgods, driver);
        String unregistered = deliver(s, otherStreet, bussgods, driver);

        String month = YearMonth.now(ZoneId.of("Europe/Stockholm")).toString();
        String path = "/api/v1/subsidy/reports/shop/" + s.fjallboden() + "/" + month;
        JsonObject report = (JsonObject) GalleryClient.json(s.arjeplog().send("GET", path, admin.token(), null));
        assertEquals("DRAFT", report.getString("status"));
        assertEquals("Fjällboden Lanthandel", report.getString("subjectName"));
        assertEquals("556611-0001", report.getString("organisationNumber"), "from tenant-config, for the county form");
        assertEquals("Hemsändningsavtal Arjeplog 2026-01", report.getString("agreement"));
        assertEquals(List.of(), flags(report, first));
        assertEquals(15000, line(report, first).getJsonNumber("subsidyOre").longValue());
        assertEquals("PENSIONER", line(report, first).getString("basis"));
        assertEquals(List.of("TOO_FREQUENT"), flags(report, second), "once a week in Arjeplog");
        assertEquals(0, line(report, second).getJsonNumber("subsidyOre").longValue());
        assertEquals(List.of("NOT_APPROVED"), flags(report, unregistered));
        assertTrue(line(report, first).getInt("distanceMeters") >= 0);

        assertEquals(200, s.arjeplog().send("GET", path, s.fjallbodenStaff().token(), null).statusCode());
        assertProblem(s.arjeplog().send("GET", path, s.slagnasStaff().token(), null), 403, "forbidden");
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").send("GET", path, admin.token(), null), 401,
                "not-authenticated");
        JsonObject carrierReport = (JsonObject) GalleryClient.json(s.arjeplog().send("GET",
                "/api/v1/subsidy/reports/carrier/" + bussgods + "/" + month, driver.token(), null));
        assertEquals("556611-0100", carrierReport.getString("organisationNumber"));
        assertTrue(carrierReport.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> l.getString("orderNumber").equals(first)));

        HttpResponse<String> csv = s.arjeplog().download(path, admin.token(), "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFDatum;Order;Hushåll;Adress;By;Grund"), csv.body());
        assertTrue(csv.body().contains(first) && csv.body().contains("för tätt") && csv.body().contains("150,00"),
                csv.body());
        HttpResponse<String> pdf = s.arjeplog().download(path, admin.token(), "application/pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF-"));

        assertProblem(s.arjeplog().send("POST", path + "/approval", admin.token(), null), 409, "conflict");
    }

    @Test
    void anApprovedReportIsLockedAndCountsInTheYear() {
        TwoShops s = TwoShops.in(base);
        Person admin = new Accounts(base).administrator("arjeplog");
        // A past month no other test touches, so that a re-run on the same database starts clean.
        YearMonth month = YearMonth.of(ThreadLocalRandom.current().nextInt(2001, 2020),
                ThreadLocalRandom.current().nextInt(1, 13));
        String path = "/api/v1/subsidy/reports/shop/" + s.slagnas() + "/" + month;

        HttpResponse<String> approved = s.arjeplog().send("POST", path + "/approval", admin.token(), null);
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", ((JsonObject) GalleryClient.json(approved)).getString("status"));
        assertProblem(s.arjeplog().send("POST", path + "/approval", admin.token(), null), 409, "conflict");
        assertProblem(s.arjeplog().send("POST", path + "/approval", s.slagnasStaff().token(), null), 403,
                "forbidden");
        JsonObject stored = (JsonObject) GalleryClient.json(s.arjeplog().send("GET", path, admin.token(), null));
        assertEquals("APPROVED", stored.getString("status"));
        assertTrue(stored.getString("approvedBy").contains("@"), stored.toString());

        JsonObject year = (JsonObject) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/subsidy/years/"
                + month.getYear(), admin.token(), null));
        assertTrue(year.getInt("approvedReports") >= 1, year.toString());
        assertEquals(2960000, year.getJsonNumber("halfPriceBaseAmountOre").longValue());
        assertProblem(s.arjeplog().send("GET", "/api/v1/subsidy/reports/shop/" + s.slagnas() + "/2026-13",
                admin.token(), null), 400, "invalid-input");
    }

    /**
     * One household, approved, gets deliveries from two shops by two carriers in one week: Arjeplog
     * allows one a week, whoever delivers, so the second is flagged in its shop's and its carrier's
     * report alike, and each report holds only its own deliveries.
     */
    @Test
    void theWeeklyLimitIsPerHouseholdAcrossShopsAndCarriers() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        long bussgods = OrderWorkflowApiIT.carrierId(s.arjeplog(), "Bussgods Arjeplog");
        long posten = OrderWorkflowApiIT.carrierId(s.arjeplog(), "Posten");
        Person bussgodsDriver = accounts.carrier("arjeplog", admin, bussgods);
        Person postenDriver = accounts.carrier("arjeplog", admin, posten);
        long laisvallsHandel = s.servicePoint();
        Person laisvallStaff = accounts.shopStaff("arjeplog", admin, laisvallsHandel);
        long coffee = s.shopping().product(laisvallsHandel, laisvallStaff.token(), "Bryggkaffe "
                + Shopping.newKey().substring(0, 8), 6990, null);
        String street = "Veckovägen " + Shopping.newKey().substring(0, 8);
        assertEquals(201, approve(s, admin.token(), street, "NO_CAR").statusCode());
        assertProblem(approve(s, admin.token(), "Fjärranvägen " + Shopping.newKey().substring(0, 8),
                "LONG_DISTANCE"), 400, "invalid-input");

        String first = deliver(s, s.fjallboden(), s.fjallbodenStaff().token(), s.cheese(), street, bussgods,
                bussgodsDriver);
        String second = deliver(s, laisvallsHandel, laisvallStaff.token(), coffee, street, posten, postenDriver);

        String month = YearMonth.now(ZoneId.of("Europe/Stockholm")).toString();
        JsonObject fjallboden = report(s, admin, "shop/" + s.fjallboden() + "/" + month);
        JsonObject laisvall = report(s, admin, "shop/" + laisvallsHandel + "/" + month);
        JsonObject bussgodsReport = report(s, bussgodsDriver, "carrier/" + bussgods + "/" + month);
        JsonObject postenReport = report(s, postenDriver, "carrier/" + posten + "/" + month);
        assertEquals(List.of(), flags(fjallboden, first));
        assertEquals(List.of(), flags(bussgodsReport, first));
        assertEquals(List.of("TOO_FREQUENT"), flags(laisvall, second), "the household had its delivery this week");
        assertEquals(List.of("TOO_FREQUENT"), flags(postenReport, second));
        assertEquals("BUS_FREIGHT", line(bussgodsReport, first).getString("carrierMode"));
        assertTrue(numbers(fjallboden).contains(first) && !numbers(fjallboden).contains(second));
        assertTrue(numbers(postenReport).contains(second) && !numbers(postenReport).contains(first));

        // Each carrier reads its own report only.
        assertProblem(s.arjeplog().send("GET", "/api/v1/subsidy/reports/carrier/" + bussgods + "/" + month,
                postenDriver.token(), null), 403, "forbidden");
        assertProblem(s.arjeplog().send("GET", "/api/v1/subsidy/reports/shop/" + s.fjallboden() + "/" + month,
                postenDriver.token(), null), 403, "forbidden");
    }

    /** Withdrawing ends the period: deliveries until today stay covered, and a new period may follow. */
    @Test
    void aWithdrawnApprovalKeepsWhatItCovered() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        long bussgods = OrderWorkflowApiIT.carrierId(s.arjeplog(), "Bussgods Arjeplog");
        Person driver = accounts.carrier("arjeplog", admin, bussgods);
        String street = "Slutvägen " + Shopping.newKey().substring(0, 8);
        long id = ((JsonObject) GalleryClient.json(approve(s, admin.token(), street, "DISABLED")))
                .getJsonNumber("id").longValue();
        String delivered = deliver(s, street, bussgods, driver);

        HttpResponse<String> withdrawn = s.arjeplog().send("DELETE", "/api/v1/subsidy/approvals/" + id,
                admin.token(), null);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        JsonObject ended = (JsonObject) GalleryClient.json(withdrawn);
        assertEquals(java.time.LocalDate.now(ZoneId.of("Europe/Stockholm")).toString(), ended.getString("validUntil"));
        assertTrue(ended.getString("endedBy").contains("@"), ended.toString());
        String month = YearMonth.now(ZoneId.of("Europe/Stockholm")).toString();
        assertEquals(List.of(), flags(report(s, admin, "shop/" + s.fjallboden() + "/" + month), delivered),
                "delivered while approved");
        assertProblem(approve(s, admin.token(), street, "DISABLED"), 409, "conflict");
        HttpResponse<String> again = s.arjeplog().post("/api/v1/subsidy/approvals", admin.token(),
                Json.createObjectBuilder().add("name", "Elsa Lindqvist").add("street", street)
                        .add("postalCode", "93090").add("villageId", s.laisvall()).add("basis", "DISABLED")
                        .add("validFrom", java.time.LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1).toString())
                        .build());
        assertEquals(201, again.statusCode(), again.body());
        assertProblem(s.arjeplog().send("DELETE", "/api/v1/subsidy/approvals/" + id, s.fjallbodenStaff().token(),
                null), 403, "forbidden");
    }

    private static JsonObject report(TwoShops s, Person reader, String path) {
        HttpResponse<String> response = s.arjeplog().send("GET", "/api/v1/subsidy/reports/" + path, reader.token(),
                null);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    private static List<String> numbers(JsonObject report) {
        return report.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("orderNumber")).toList();
    }

    static HttpResponse<String> approve(TwoShops s, String token, String street, String basis) {
        return s.arjeplog().post("/api/v1/subsidy/approvals", token, Json.createObjectBuilder()
                .add("name", "Elsa Lindqvist").add("street", street).add("postalCode", "93090")
                .add("villageId", s.laisvall()).add("basis", basis).build());
    }

    /** A home delivery from Fjällboden to the street in Laisvall, delivered by the carrier now. */
    static String deliver(TwoShops s, String street, long carrier, Person driver) {
        return deliver(s, s.fjallboden(), s.fjallbodenStaff().token(), s.cheese(), street, carrier, driver);
    }

    /** A home delivery from a shop (two of the product) to the street in Laisvall, delivered by the carrier now. */
    private static String deliver(TwoShops s, long shop, String staff, long product, String street, long carrier,
                                  Person driver) {
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, product, 2);
        HttpResponse<String> placed = s.shopping().checkout(basket, null, s.shopping().contact(
                Accounts.newAddress("subsidy"), street, s.laisvall(), Json.createArrayBuilder()
                        .add(Shopping.choice(shop, "HOME_DELIVERY"))).build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = CheckoutApiIT.orders(placed).get(0).getString("number");
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
        return number;
    }

    private static JsonObject line(JsonObject report, String number) {
        return report.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("orderNumber").equals(number)).findFirst().orElseThrow();
    }

    static List<String> flags(JsonObject report, String number) {
        return line(report, number).getJsonArray("flags").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }
}
