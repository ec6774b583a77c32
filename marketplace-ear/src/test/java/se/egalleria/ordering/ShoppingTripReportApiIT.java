package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.MailCatcher;
import se.egalleria.testsupport.Shopping;

/**
 * Bookings of a shop's shopping bus (and of a service it marks as an organised trip) appear in its
 * monthly report as shopping trips, apart from the home deliveries, under Arjeplog's trip rules:
 * 75 kr per trip and household, approved households only, one trip a week. A new shop per run, so
 * the report holds this run's trips only and its totals can be checked to the öre.
 */
class ShoppingTripReportApiIT extends DeployedGallery {

    private static final String RULES = "/api/v1/municipality/delivery-rules";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Test
    void theShopsReportListsItsTripsUnderTheTripRules() throws InterruptedException {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        String run = Shopping.newKey().substring(0, 8);
        Shop shop = newShop(s, accounts, admin, run);
        String elsa = "Resvägen 1 " + run;
        String nils = "Resvägen 2 " + run;
        String stina = "Resvägen 3 " + run;
        assertEquals(201, SubsidyReportApiIT.approve(s, admin.token(), elsa, "PENSIONER").statusCode());
        assertEquals(201, SubsidyReportApiIT.approve(s, admin.token(), nils, "DISABLED").statusCode());
        Person elsaAccount = accounts.resident("arjeplog");
        Person nilsAccount = accounts.resident("arjeplog");
        Person stinaAccount = accounts.resident("arjeplog");

        long bus = service(s, shop, "Handlarrunda " + run, "SHOPPING_BUS", false);
        long excursion = service(s, shop, "Inköpsutflykt " + run, "TRANSPORT", true);
        long laundry = service(s, shop, "Tvätt " + run, "LAUNDRY", false);
        JsonObject before = DeliveryRulesApiIT.rules(s.arjeplog(), admin);
        try {
            JsonObject changed = DeliveryRulesApiIT.change(s.arjeplog(), admin, Json.createObjectBuilder(before)
                    .add("tripSubsidyOre", 7500).add("tripRequiresApproval", true)
                    .add("tripMaxPerHouseholdPerWeek", 1));
            assertEquals(7500, changed.getJsonNumber("tripSubsidyOre").longValue());
            assertEquals(before.getJsonNumber("paymentPerDeliveryOre"), changed.getJsonNumber("paymentPerDeliveryOre"));

            // Every occasion starts in a few seconds: a trip counts once it has taken place.
            Instant start = Instant.now().plusSeconds(12).truncatedTo(ChronoUnit.SECONDS);
            long friday = slot(s, shop, bus, start);
            long later = slot(s, shop, bus, start.plusSeconds(1));
            long outing = slot(s, shop, excursion, start.plusSeconds(1));
            long wash = slot(s, shop, laundry, start);
            book(s, elsaAccount, friday, 2, elsa);
            book(s, elsaAccount, later, 1, elsa);
            book(s, nilsAccount, friday, 1, nils);
            long cancelled = book(s, nilsAccount, later, 1, nils);
            book(s, stinaAccount, friday, 1, stina);
            book(s, stinaAccount, outing, 1, stina);
            book(s, elsaAccount, wash, 1, elsa);
            assertEquals(204, s.arjeplog().send("DELETE", "/api/v1/bookings/" + cancelled, nilsAccount.token(), null)
                    .statusCode());
            // The household's address is checked like checkout's.
            assertField(s.arjeplog().post("/api/v1/slots/" + later + "/bookings", stinaAccount.token(), address(1,
                    stina).add("postalCode", "930").build()), "postalCode");
            assertField(s.arjeplog().post("/api/v1/slots/" + later + "/bookings", stinaAccount.token(), address(1,
                    stina).add("villageId", 999_999_999L).build()), "villageId");
            Thread.sleep(Math.max(0, Instant.now().until(start.plusSeconds(3), ChronoUnit.MILLIS)));

            String month = YearMonth.from(start.atZone(SWEDEN)).toString();
            String path = "/api/v1/subsidy/reports/shop/" + shop.id() + "/" + month;
            JsonObject report = report(s.arjeplog(), admin, path);
            JsonObject trips = report.getJsonObject("trips");
            List<JsonObject> lines = trips.getJsonArray("lines").getValuesAs(JsonObject.class);
            assertEquals(List.of(
                    friday + " " + elsa + " 2 7500 []",
                    friday + " " + nils + " 1 7500 []",
                    friday + " " + stina + " 1 0 [NOT_APPROVED]",
                    later + " " + elsa + " 1 0 [TOO_FREQUENT]",
                    outing + " " + stina + " 1 0 [NOT_APPROVED]").stream().sorted().toList(),
                    lines.stream().map(ShoppingTripReportApiIT::describe).sorted().toList(),
                    "no laundry, no cancelled booking, once a week for Elsa");
            JsonObject elsasTrip = lines.stream().filter(l -> l.getJsonNumber("slotId").longValue() == friday
                    && l.getString("address").startsWith(elsa)).findFirst().orElseThrow();
            assertEquals("PENSIONER", elsasTrip.getString("basis"));
            assertEquals("Laisvall", elsasTrip.getString("village"));
            assertEquals(start.atZone(SWEDEN).toLocalDate().toString(), elsasTrip.getString("date"));
            assertEquals("Handlarrunda " + run, elsasTrip.getString("trip"));
            assertEquals(Map.of("households", 3, "trips", 5, "seats", 6, "subsidyOre", 15000, "flaggedLines", 3),
                    Map.of("households", trips.getInt("households"), "trips", trips.getInt("trips"), "seats",
                            trips.getInt("seats"), "subsidyOre", trips.getInt("subsidyOre"), "flaggedLines",
                            trips.getInt("flaggedLines")));
            assertEquals(List.of(), report.getJsonArray("lines"), "the shop made no home deliveries");
            assertEquals(0, report.getInt("deliveries"));
            assertEquals(0, report.getJsonNumber("subsidyOre").longValue());
            assertEquals(15000, report.getJsonNumber("totalSubsidyOre").longValue());

            HttpResponse<String> csv = s.arjeplog().download(path, admin.token(), "text/csv");
            assertEquals(200, csv.statusCode());
            List<String> rows = csv.body().lines().toList();
            int section = rows.indexOf("Inköpsresor");
            assertTrue(section > 0, csv.body());
            assertEquals("Datum;Resa;Hushåll;Adress;By;Grund;Platser;Bidrag (kr);Kontroll", rows.get(section + 1));
            assertTrue(rows.contains(start.atZone(SWEDEN).toLocalDate() + ";Handlarrunda " + run + ";Test Invånare;"
                    + elsa + ", 93090;Laisvall;pensionär;2;75,00;"), csv.body());
            assertTrue(rows.contains("Summa inköpsresor;;;;;;6;150,00;"), csv.body());
            assertTrue(rows.contains("Summa bidrag, hemsändning och inköpsresor;;;;;;;150,00;"), csv.body());
            HttpResponse<String> pdf = s.arjeplog().download(path, admin.token(), "application/pdf");
            assertEquals(200, pdf.statusCode());
            assertTrue(pdf.body().startsWith("%PDF-"));

            // Trips leave the home deliveries as they were: a delivery to Elsa still claims 150 kr at Fjällboden.
            long bussgods = OrderWorkflowApiIT.carrierId(s.arjeplog(), "Bussgods Arjeplog");
            String delivered = SubsidyReportApiIT.deliver(s, elsa, bussgods, accounts.carrier("arjeplog", admin,
                    bussgods));
            JsonObject fjallboden = report(s.arjeplog(), admin, "/api/v1/subsidy/reports/shop/" + s.fjallboden()
                    + "/" + YearMonth.now(SWEDEN));
            assertEquals(List.of(), SubsidyReportApiIT.flags(fjallboden, delivered), "a trip is no delivery");
            assertTrue(fjallboden.getJsonObject("trips").getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                    .noneMatch(l -> l.getJsonNumber("slotId").longValue() == friday), "another shop's trips");
            JsonObject carrierReport = report(s.arjeplog(), admin, "/api/v1/subsidy/reports/carrier/" + bussgods
                    + "/" + YearMonth.now(SWEDEN));
            assertEquals(0, carrierReport.getJsonObject("trips").getInt("trips"), "carriers run no trips");

            // Another municipality: the shop is not there, and its administrator is not one of Arjeplog's.
            GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
            Person harjedalenAdmin = accounts.administrator("harjedalen");
            assertProblem(harjedalen.send("GET", path, harjedalenAdmin.token(), null), 404, "not-found");
            assertProblem(s.arjeplog().send("GET", path, harjedalenAdmin.token(), null), 401, "not-authenticated");
            assertProblem(harjedalen.post("/api/v1/slots/" + later + "/bookings", harjedalenAdmin.token(),
                    address(1, stina).build()), 404, "not-found");
            assertProblem(s.arjeplog().send("GET", path, elsaAccount.token(), null), 403, "forbidden");
            assertEquals(200, s.arjeplog().send("GET", path, shop.owner().token(), null).statusCode());
        } finally {
            DeliveryRulesApiIT.restore(s.arjeplog(), admin, before);
            s.arjeplog().send("POST", "/api/v1/municipality/shops/" + shop.id() + "/suspension", admin.token(), null);
        }
    }

    @Test
    void theTripRulesAreValidatedOnTheFieldAndLeftAsTheyWereWhenNotSent() {
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        JsonObject before = DeliveryRulesApiIT.rules(arjeplog, admin);

        invalid(arjeplog, admin, Json.createObjectBuilder(before).add("tripSubsidyOre", -1), "tripSubsidyOre");
        invalid(arjeplog, admin, Json.createObjectBuilder(before).add("tripSubsidyOre", 100_000_000),
                "tripSubsidyOre");
        invalid(arjeplog, admin, Json.createObjectBuilder(before).add("tripMaxPerHouseholdPerWeek", 15),
                "tripMaxPerHouseholdPerWeek");
        assertEquals(before, DeliveryRulesApiIT.rules(arjeplog, admin), "nothing was written");
        try {
            JsonObject set = DeliveryRulesApiIT.change(arjeplog, admin, Json.createObjectBuilder(before)
                    .add("tripSubsidyOre", 4000).add("tripRequiresApproval", false).add("tripMaxPerHouseholdPerWeek", 2));
            // A client from before trips sends the other rules only: the trip rules stay.
            JsonObject kept = DeliveryRulesApiIT.change(arjeplog, admin, Json.createObjectBuilder(set)
                    .remove("tripSubsidyOre").remove("tripRequiresApproval").remove("tripMaxPerHouseholdPerWeek"));
            assertEquals(4000, kept.getJsonNumber("tripSubsidyOre").longValue());
            assertFalse(kept.getBoolean("tripRequiresApproval"));
            assertEquals(2, kept.getInt("tripMaxPerHouseholdPerWeek"));
            assertProblem(arjeplog.send("PUT", RULES, accounts.resident("arjeplog").token(), set), 403, "forbidden");
        } finally {
            DeliveryRulesApiIT.restore(arjeplog, admin, before);
        }
    }

    /** A service marked as an organised trip says so; a shopping bus is always a trip, other kinds are not. */
    @Test
    void aServiceOfAnyKindCanBeMarkedAsAnOrganisedTrip() {
        TwoShops s = TwoShops.in(base);
        String run = Shopping.newKey().substring(0, 8);
        JsonObject marked = serviceJson(s, s.fjallboden(), s.fjallbodenStaff(), "Utflykt " + run, "TRANSPORT", true);
        assertTrue(marked.getBoolean("organisedTrip") && marked.getBoolean("shoppingTrip"), marked.toString());
        JsonObject bus = serviceJson(s, s.fjallboden(), s.fjallbodenStaff(), "Runda " + run, "SHOPPING_BUS", false);
        assertTrue(!bus.getBoolean("organisedTrip") && bus.getBoolean("shoppingTrip"), bus.toString());
        long id = marked.getJsonNumber("id").longValue();
        HttpResponse<String> unmarked = s.arjeplog().send("PUT", "/api/v1/services/" + id, s.fjallbodenStaff().token(),
                serviceBody("Utflykt " + run, "TRANSPORT", false).add("version", marked.getJsonNumber("version"))
                        .build());
        assertEquals(200, unmarked.statusCode(), unmarked.body());
        JsonObject plain = (JsonObject) GalleryClient.json(unmarked);
        assertFalse(plain.getBoolean("organisedTrip") || plain.getBoolean("shoppingTrip"), plain.toString());
        assertEquals(204, s.arjeplog().send("DELETE", "/api/v1/services/" + id, s.fjallbodenStaff().token(), null)
                .statusCode());
    }

    private record Shop(long id, Person owner) {
    }

    /** A new, approved Arjeplog shop in Laisvall with its owner signed in. */
    private static Shop newShop(TwoShops s, Accounts accounts, Person admin, String run) {
        String email = Accounts.newAddress("tripowner");
        HttpResponse<String> invited = s.arjeplog().post("/api/v1/municipality/shops", admin.token(),
                Json.createObjectBuilder().add("name", "Övre Resebutiken " + run).add("villageId", s.laisvall())
                        .add("email", email).add("phone", "0961-555 02").build());
        assertEquals(201, invited.statusCode(), invited.body());
        long id = ((JsonObject) GalleryClient.json(invited)).getJsonNumber("id").longValue();
        HttpResponse<String> accepted = s.arjeplog().post("/api/v1/invitations/acceptances", null,
                Json.createObjectBuilder().add("token", MailCatcher.awaitMailTo(email).token()).add("name", "Test Ägare")
                        .add("password", Accounts.PASSWORD).build());
        assertEquals(204, accepted.statusCode(), accepted.body());
        assertEquals(200, s.arjeplog().send("POST", "/api/v1/municipality/shops/" + id + "/approval", admin.token(),
                null).statusCode());
        return new Shop(id, new Person(email, Accounts.signIn(s.arjeplog(), email, Accounts.PASSWORD)));
    }

    private static JsonObjectBuilder serviceBody(String name, String kind, boolean organisedTrip) {
        return Json.createObjectBuilder().add("name", name).add("description", "").add("kind", kind)
                .add("booking", "SLOTS").add("organisedTrip", organisedTrip);
    }

    private static JsonObject serviceJson(TwoShops s, long shop, Person staff, String name, String kind,
                                          boolean organisedTrip) {
        HttpResponse<String> created = s.arjeplog().post("/api/v1/shops/" + shop + "/services", staff.token(),
                serviceBody(name, kind, organisedTrip).build());
        assertEquals(201, created.statusCode(), created.body());
        return (JsonObject) GalleryClient.json(created);
    }

    private static long service(TwoShops s, Shop shop, String name, String kind, boolean organisedTrip) {
        return serviceJson(s, shop.id(), shop.owner(), name, kind, organisedTrip).getJsonNumber("id").longValue();
    }

    private static long slot(TwoShops s, Shop shop, long service, Instant startsAt) {
        HttpResponse<String> slot = s.arjeplog().post("/api/v1/services/" + service + "/slots", shop.owner().token(),
                Json.createObjectBuilder().add("startsAt", startsAt.toString()).add("capacity", 10).build());
        assertEquals(201, slot.statusCode(), slot.body());
        return ((JsonObject) GalleryClient.json(slot)).getJsonNumber("id").longValue();
    }

    private JsonObjectBuilder address(int seats, String street) {
        return Json.createObjectBuilder().add("seats", seats).add("street", street).add("postalCode", "930 90")
                .add("villageId", new Shopping(GalleryClient.forMunicipality(base, "arjeplog")).villageId("Laisvall"));
    }

    /** Books for the household at the street in Laisvall; the booking's id. */
    private long book(TwoShops s, Person resident, long slot, int seats, String street) {
        HttpResponse<String> booked = s.arjeplog().post("/api/v1/slots/" + slot + "/bookings", resident.token(),
                address(seats, street).build());
        assertEquals(201, booked.statusCode(), booked.body());
        return ((JsonObject) GalleryClient.json(booked)).getJsonNumber("id").longValue();
    }

    private static String describe(JsonObject line) {
        return line.getJsonNumber("slotId") + " " + line.getString("address").replace(", 93090", "") + " "
                + line.getInt("seats") + " " + line.getJsonNumber("subsidyOre") + " "
                + line.getJsonArray("flags").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static JsonObject report(GalleryClient gallery, Person reader, String path) {
        HttpResponse<String> response = gallery.send("GET", path, reader.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    private static void assertField(HttpResponse<String> response, String field) {
        JsonObject problem = assertProblem(response, 400, "invalid-input");
        assertEquals(field, problem.getJsonArray("violations").getJsonObject(0).getString("field"), problem.toString());
    }

    private static void invalid(GalleryClient gallery, Person admin, JsonObjectBuilder body, String field) {
        assertField(gallery.send("PUT", RULES, admin.token(), body.build()), field);
    }
}
