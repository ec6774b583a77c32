package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * The administrator sets Arjeplog's fee and subsidy rules; checkout and the monthly report use
 * them at once. Every test puts Arjeplog's rules back as it found them (other tests rely on them).
 */
class DeliveryRulesApiIT extends DeployedGallery {

    private static final String RULES = "/api/v1/municipality/delivery-rules";

    @Test
    void aChangedFeeIsWhatTheNextCheckoutCharges() {
        TwoShops s = TwoShops.in(base);
        Person admin = new Accounts(base).administrator("arjeplog");
        JsonObject before = rules(s.arjeplog(), admin);
        try {
            JsonObject changed = change(s.arjeplog(), admin, with(before).add("feeOre", 3700));
            assertEquals(3700, changed.getJsonNumber("feeOre").longValue());
            assertTrue(changed.getJsonNumber("version").longValue() > before.getJsonNumber("version").longValue());
            assertEquals(3700, s.arjeplog().getJson("/api/v1/municipality").getJsonObject("homeDelivery")
                    .getJsonNumber("feeOre").longValue(), "the public profile is read again at once");

            String basket = s.shopping().basket();
            s.shopping().addOk(basket, s.cheese(), 2);
            HttpResponse<String> placed = s.shopping().checkout(basket, null, s.shopping().contact(
                    Accounts.newAddress("fee"), s.laisvall(), Json.createArrayBuilder()
                            .add(Shopping.choice(s.fjallboden(), "HOME_DELIVERY"))).build(), Shopping.newKey());
            assertEquals(201, placed.statusCode(), placed.body());
            JsonObject order = CheckoutApiIT.orders(placed).get(0);
            assertEquals(3700, order.getJsonNumber("deliveryFeeOre").longValue());
            assertEquals(25000 + 3700, order.getJsonNumber("totalOre").longValue());
        } finally {
            restore(s.arjeplog(), admin, before);
        }
    }

    @Test
    void aRaisedMinimumOrderFlagsTheMonthsDeliveries() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        long bussgods = OrderWorkflowApiIT.carrierId(s.arjeplog(), "Bussgods Arjeplog");
        Person driver = accounts.carrier("arjeplog", admin, bussgods);
        String street = "Regelvägen " + Shopping.newKey().substring(0, 8);
        assertEquals(201, SubsidyReportApiIT.approve(s, admin.token(), street, "PENSIONER").statusCode());
        String delivered = SubsidyReportApiIT.deliver(s, street, bussgods, driver);
        String path = "/api/v1/subsidy/reports/shop/" + s.fjallboden() + "/"
                + YearMonth.now(ZoneId.of("Europe/Stockholm"));
        assertEquals(List.of(), SubsidyReportApiIT.flags(report(s, admin, path), delivered));

        JsonObject before = rules(s.arjeplog(), admin);
        try {
            // 2 × 125 kr is below a 1 000 kr minimum; a report computed now says so.
            change(s.arjeplog(), admin, with(before).add("minimumOrderOre", 100000));
            JsonObject report = report(s, admin, path);
            assertEquals(List.of("BELOW_MINIMUM"), SubsidyReportApiIT.flags(report, delivered));
        } finally {
            restore(s.arjeplog(), admin, before);
        }
        assertEquals(List.of(), SubsidyReportApiIT.flags(report(s, admin, path), delivered), "the old rule again");
    }

    @Test
    void onlyTheMunicipalitysAdministratorsReadAndChangeTheRules() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        Person resident = accounts.resident("arjeplog");
        Person harjedalenAdmin = accounts.administrator("harjedalen");
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        JsonObject before = rules(s.arjeplog(), admin);
        JsonObject unchanged = with(before).build();

        assertProblem(s.arjeplog().send("GET", RULES, null, null), 401, "not-authenticated");
        for (Person refused : List.of(s.fjallbodenStaff(), resident)) {
            assertProblem(s.arjeplog().send("GET", RULES, refused.token(), null), 403, "forbidden");
            assertProblem(s.arjeplog().send("PUT", RULES, refused.token(), unchanged), 403, "forbidden");
        }
        // Another municipality's administrator, and this one's on another municipality's host.
        assertProblem(s.arjeplog().send("PUT", RULES, harjedalenAdmin.token(), unchanged), 401, "not-authenticated");
        assertProblem(harjedalen.send("GET", RULES, admin.token(), null), 401, "not-authenticated");
        assertProblem(harjedalen.send("PUT", RULES, admin.token(), unchanged), 401, "not-authenticated");
        JsonObject harjedalensOwn = rules(harjedalen, harjedalenAdmin);
        assertEquals(before, rules(s.arjeplog(), admin), "nothing of Arjeplog changed");
        assertTrue(harjedalensOwn.getJsonNumber("feeOre").longValue() >= 0);
    }

    @Test
    void badInputNamesTheFieldAndAStaleVersionIsAConflict() {
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        Person admin = new Accounts(base).administrator("arjeplog");
        JsonObject before = rules(arjeplog, admin);

        invalid(arjeplog, admin, with(before).add("feeOre", -100), "feeOre");
        invalid(arjeplog, admin, with(before).add("paymentPerDeliveryOre", 100_000_000), "paymentPerDeliveryOre");
        invalid(arjeplog, admin, with(before).add("maxPerHouseholdPerWeek", 15), "maxPerHouseholdPerWeek");
        invalid(arjeplog, admin, with(before).add("minimumDistanceMeters", JsonValue.NULL), "minimumDistanceMeters");
        invalid(arjeplog, admin, with(before).add("eligibleGroups", Json.createArrayBuilder().add("RIK")),
                "eligibleGroups");
        invalid(arjeplog, admin, with(before).remove("version"), "version");
        invalid(arjeplog, admin, Json.createObjectBuilder(), "feeOre");
        assertEquals(before, rules(arjeplog, admin), "nothing was written");

        JsonObject stale = with(before).add("version", before.getJsonNumber("version").longValue() - 1).build();
        JsonObject conflict = assertProblem(arjeplog.send("PUT", RULES, admin.token(), stale), 409, "conflict");
        assertTrue(conflict.getString("detail").contains("under tiden"), conflict.toString());
        assertEquals(before, rules(arjeplog, admin));
    }

    private static void invalid(GalleryClient gallery, Person admin, JsonObjectBuilder body, String field) {
        JsonObject problem = assertProblem(gallery.send("PUT", RULES, admin.token(), body.build()), 400,
                "invalid-input");
        assertEquals(field, problem.getJsonArray("violations").getJsonObject(0).getString("field"), problem.toString());
    }

    private static JsonObject report(TwoShops s, Person admin, String path) {
        HttpResponse<String> response = s.arjeplog().send("GET", path, admin.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    static JsonObject rules(GalleryClient gallery, Person admin) {
        HttpResponse<String> response = gallery.send("GET", RULES, admin.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    static JsonObject change(GalleryClient gallery, Person admin, JsonObjectBuilder body) {
        HttpResponse<String> response = gallery.send("PUT", RULES, admin.token(), body.build());
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    /** Puts the rules back as they were read, on top of whatever version they have now. */
    static void restore(GalleryClient gallery, Person admin, JsonObject before) {
        JsonObject now = rules(gallery, admin);
        change(gallery, admin, with(before).add("version", now.getJsonNumber("version").longValue()));
    }

    private static JsonObjectBuilder with(JsonObject rules) {
        return Json.createObjectBuilder(rules);
    }
}
