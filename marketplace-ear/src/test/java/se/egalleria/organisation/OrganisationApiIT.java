package se.egalleria.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.egalleria.ordering.TwoShops;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * Municipal units as organisation customers: agreements kept and checked, orders within the limit
 * at agreed prices and by invoice, refused above it or sent for approval, shops without an
 * agreement refused, the invoice summary line by line, no subsidy, and other galleries refused.
 */
class OrganisationApiIT extends DeployedGallery {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Test
    void unitsAndAgreementsAreKeptAndChecked() {
        TwoShops s = TwoShops.in(base);
        UnitCustomers units = UnitCustomers.in(base, "arjeplog");
        GalleryClient arjeplog = s.arjeplog();
        String name = "Skolköket Laisvall " + Shopping.newKey().substring(0, 8);

        assertField(arjeplog.post("/api/v1/organisations", units.admin().token(),
                UnitCustomers.unitBody(" ", s.laisvall()).build()), "name");
        assertField(arjeplog.post("/api/v1/organisations", units.admin().token(),
                UnitCustomers.unitBody(name, s.laisvall()).add("kind", "BANK").build()), "kind");
        assertField(arjeplog.post("/api/v1/organisations", units.admin().token(),
                UnitCustomers.unitBody(name, s.laisvall()).add("postalCode", "93").build()), "postalCode");
        assertField(arjeplog.post("/api/v1/organisations", units.admin().token(),
                UnitCustomers.unitBody(name, 999_999).build()), "villageId");
        assertProblem(arjeplog.post("/api/v1/organisations", s.fjallbodenStaff().token(),
                UnitCustomers.unitBody(name, s.laisvall()).build()), 403, "forbidden");

        JsonObject unit = units.unit(name, s.laisvall());
        long unitId = unit.getJsonNumber("id").longValue();
        assertEquals("SCHOOL_KITCHEN", unit.getString("kind"));
        assertEquals("93092", unit.getString("postalCode"));
        assertEquals("Laisvall", unit.getString("village"));
        assertProblem(arjeplog.post("/api/v1/organisations", units.admin().token(),
                UnitCustomers.unitBody(name, s.laisvall()).build()), 409, "conflict");
        assertTrue(arjeplog.send("GET", "/api/v1/organisations?size=100", units.admin().token(), null).body()
                .contains(name));

        HttpResponse<String> changed = arjeplog.send("PUT", "/api/v1/organisations/" + unitId, units.admin().token(),
                UnitCustomers.unitBody(name, s.laisvall()).add("invoiceReference", "Ref 99")
                        .add("version", unit.getJsonNumber("version").longValue()).build());
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("Ref 99", ((JsonObject) GalleryClient.json(changed)).getString("invoiceReference"));
        assertProblem(arjeplog.send("PUT", "/api/v1/organisations/" + unitId, units.admin().token(),
                UnitCustomers.unitBody(name, s.laisvall()).add("version", unit.getJsonNumber("version").longValue())
                        .build()), 409, "conflict");

        String agreements = "/api/v1/organisations/" + unitId + "/agreements";
        String admin = units.admin().token();
        assertField(arjeplog.post(agreements, admin, UnitCustomers.agreementBody(s.slagnas(), " ", 100000, "REFUSE",
                Map.of()).build()), "reference");
        assertField(arjeplog.post(agreements, admin, UnitCustomers.agreementBody(s.slagnas(), "RA 1", 100000,
                "REFUSE", Map.of()).add("validTo", "2025-12-31").build()), "validTo");
        assertField(arjeplog.post(agreements, admin, UnitCustomers.agreementBody(s.slagnas(), "RA 1", -1, "REFUSE",
                Map.of()).build()), "monthlyLimitOre");
        assertField(arjeplog.post(agreements, admin, UnitCustomers.agreementBody(s.slagnas(), "RA 1", 100000,
                "MAYBE", Map.of()).build()), "aboveLimit");
        assertField(arjeplog.post(agreements, admin, UnitCustomers.agreementBody(999_999, "RA 1", 100000, "REFUSE",
                Map.of()).build()), "shopId");
        assertField(arjeplog.post(agreements, admin, UnitCustomers.agreementBody(s.slagnas(), "RA 1", 100000,
                "REFUSE", Map.of(s.cheese(), 9000L)).build()), "prices[0].productId");
        assertField(arjeplog.post(agreements, admin, UnitCustomers.agreementBody(s.slagnas(), "RA 1", 100000,
                "REFUSE", Map.of(s.bread(), 0L)).build()), "prices[0].priceOre");

        HttpResponse<String> created = arjeplog.post(agreements, admin, UnitCustomers.agreementBody(s.slagnas(),
                "RA 2026/14", 100000, "NEEDS_APPROVAL", Map.of(s.bread(), 4000L)).build());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject agreement = (JsonObject) GalleryClient.json(created);
        long agreementId = agreement.getJsonNumber("id").longValue();
        assertEquals("Slagnäs Livs & Bensin", agreement.getString("shopName"));
        assertEquals("2026-01-01", agreement.getString("validFrom"));
        assertEquals(100000, agreement.getJsonNumber("monthlyLimitOre").longValue());
        JsonObject price = agreement.getJsonArray("prices").getJsonObject(0);
        assertEquals(s.bread(), price.getJsonNumber("productId").longValue());
        assertEquals(4000, price.getJsonNumber("priceOre").longValue());
        assertTrue(price.getString("productName").startsWith("Tunnbröd"));
        assertProblem(arjeplog.post(agreements, admin, UnitCustomers.agreementBody(s.slagnas(), "RA 3", 1, "REFUSE",
                Map.of()).build()), 409, "conflict");

        HttpResponse<String> repriced = arjeplog.send("PUT", agreements + "/" + agreementId, admin,
                UnitCustomers.agreementBody(s.slagnas(), "RA 2026/14", 50000, "REFUSE", Map.of(s.bread(), 3900L))
                        .add("validTo", "2027-12-31").build());
        assertEquals(200, repriced.statusCode(), repriced.body());
        JsonObject after = (JsonObject) GalleryClient.json(repriced);
        assertEquals("REFUSE", after.getString("aboveLimit"));
        assertEquals("2027-12-31", after.getString("validTo"));
        assertEquals(3900, after.getJsonArray("prices").getJsonObject(0).getJsonNumber("priceOre").longValue());
        assertProblem(arjeplog.send("GET", agreements, s.slagnasStaff().token(), null), 403, "forbidden");

        assertEquals(204, arjeplog.send("DELETE", agreements + "/" + agreementId, admin, null).statusCode());
        assertEquals(0, ((JsonArray) GalleryClient.json(arjeplog.send("GET", agreements, admin, null))).size());
        assertProblem(arjeplog.send("DELETE", agreements + "/" + agreementId, admin, null), 404, "not-found");

        // Another municipality: its administrator finds no such unit in its own gallery, and is not signed in here.
        Person harjedalenAdmin = new Accounts(base).administrator("harjedalen");
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        assertProblem(harjedalen.send("GET", "/api/v1/organisations/" + unitId, harjedalenAdmin.token(), null), 404,
                "not-found");
        assertProblem(harjedalen.send("PUT", "/api/v1/organisations/" + unitId, harjedalenAdmin.token(),
                UnitCustomers.unitBody("Övertagen", s.laisvall()).build()), 404, "not-found");
        assertProblem(harjedalen.post("/api/v1/organisations/" + unitId + "/agreements", harjedalenAdmin.token(),
                UnitCustomers.agreementBody(s.slagnas(), "RA X", 1, "REFUSE", Map.of()).build()), 404, "not-found");
        assertFalse(harjedalen.send("GET", "/api/v1/organisations?size=100", harjedalenAdmin.token(), null).body()
                .contains(name));
        assertProblem(arjeplog.send("GET", "/api/v1/organisations/" + unitId, harjedalenAdmin.token(), null), 401,
                "not-authenticated");

        JsonObject paths = ((JsonObject) GalleryClient.json(GalleryClient.platform(base).get("/openapi",
                "application/json"))).getJsonObject("paths");
        for (String path : List.of("/api/v1/organisations", "/api/v1/organisations/{id}/agreements/{agreementId}",
                "/api/v1/organisations/{id}/spending", "/api/v1/organisations/{id}/invoices/{shopId}/{month}",
                "/api/v1/organisations/approvals/{number}")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
    }

    @Test
    void anOrdererBuysAtAgreedPricesWithinTheLimitAndTheShopInvoicesTheMonth() throws IOException {
        TwoShops s = TwoShops.in(base);
        UnitCustomers units = UnitCustomers.in(base, "arjeplog");
        GalleryClient arjeplog = s.arjeplog();
        String name = "Äldreboendet Laisvall " + Shopping.newKey().substring(0, 8);
        long unitId = units.unit(name, s.laisvall()).getJsonNumber("id").longValue();
        long soap = units.product(s.slagnas(), s.slagnasStaff().token(), "Diskmedel " + Shopping.newKey()
                .substring(0, 6), 3500, 25);
        long notListed = s.shopping().product(s.slagnas(), s.slagnasStaff().token(), "Kaffe "
                + Shopping.newKey().substring(0, 6), 5990, null);
        units.agreement(unitId, s.slagnas(), 20000, "REFUSE", Map.of(s.bread(), 4000L, soap, 3000L));
        Person orderer = units.orderer(unitId);
        Person resident = new Accounts(base).resident("arjeplog");

        assertProblem(units.order(resident.token(), unitId, Map.of(s.bread(), 1), s.slagnas(), "SHOP_PICKUP"), 403,
                "forbidden");
        assertProblem(units.order(null, unitId, Map.of(s.bread(), 1), s.slagnas(), "SHOP_PICKUP"), 401,
                "not-authenticated");
        assertProblem(units.order(orderer.token(), 999_999_999L, Map.of(s.bread(), 1), s.slagnas(), "SHOP_PICKUP"),
                404, "not-found");
        assertEquals(List.of(name), ((JsonArray) GalleryClient.json(arjeplog.send("GET", "/api/v1/organisations/mine",
                orderer.token(), null))).getValuesAs(JsonObject.class).stream().map(u -> u.getString("name")).toList());

        HttpResponse<String> placed = units.order(orderer.token(), unitId, Map.of(s.bread(), 3, soap, 1), s.slagnas(),
                "SHOP_PICKUP");
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = UnitCustomers.firstOrder(placed);
        String number = order.getString("number");
        assertEquals("INVOICE", order.getString("payment"), "a unit always pays by invoice");
        assertEquals(name, order.getString("organisation"));
        assertEquals(name, order.getString("customerName"));
        assertEquals("Skolvägen 2", order.getString("street"), "the unit's address");
        assertEquals(orderer.email(), order.getString("email"));
        assertEquals(15000, order.getJsonNumber("totalOre").longValue(), "3 × 40 kr + 30 kr, the agreed prices");
        assertEquals("NEW", order.getString("status"));

        JsonObject seenByShop = (JsonObject) GalleryClient.json(arjeplog.send("GET", "/api/v1/orders/" + number,
                s.slagnasStaff().token(), null));
        assertEquals(name, seenByShop.getString("organisation"));
        assertTrue(inbox(s, s.slagnas(), s.slagnasStaff(), "status=NEW").stream()
                .anyMatch(o -> o.getString("number").equals(number) && o.getString("organisation").equals(name)));

        JsonObject refused = assertProblem(units.order(orderer.token(), unitId, Map.of(s.bread(), 2), s.slagnas(),
                "SHOP_PICKUP"), 409, "organisation-limit-exceeded");
        assertTrue(refused.getString("detail").contains("Kvar den här månaden: 50,00 kr")
                && refused.getString("detail").contains("200,00 kr"), refused.getString("detail"));
        JsonObject notOnList = assertProblem(units.order(orderer.token(), unitId, Map.of(notListed, 1), s.slagnas(),
                "SHOP_PICKUP"), 400, "invalid-input");
        assertEquals("shops." + s.slagnas(), notOnList.getJsonArray("violations").getJsonObject(0).getString("field"));
        JsonObject noAgreement = assertProblem(units.order(orderer.token(), unitId, Map.of(s.cheese(), 2),
                s.fjallboden(), "SHOP_PICKUP"), 400, "invalid-input");
        assertEquals("shops." + s.fjallboden(), noAgreement.getJsonArray("violations").getJsonObject(0)
                .getString("field"));
        assertTrue(noAgreement.getString("detail").contains("Fjällboden Lanthandel"), noAgreement.toString());

        String month = YearMonth.now(SWEDEN).toString();
        JsonObject spending = (JsonObject) GalleryClient.json(arjeplog.send("GET", "/api/v1/organisations/" + unitId
                + "/spending", orderer.token(), null));
        assertEquals(month, spending.getString("month"));
        JsonObject slagnas = spending.getJsonArray("shops").getJsonObject(0);
        assertEquals(20000, slagnas.getJsonNumber("monthlyLimitOre").longValue());
        assertEquals(15000, slagnas.getJsonNumber("spentOre").longValue());
        assertEquals(5000, slagnas.getJsonNumber("remainingOre").longValue());
        assertProblem(arjeplog.send("GET", "/api/v1/organisations/" + unitId + "/spending", resident.token(), null),
                403, "forbidden");

        String invoice = "/api/v1/organisations/" + unitId + "/invoices/" + s.slagnas() + "/" + month;
        JsonObject summary = (JsonObject) GalleryClient.json(arjeplog.send("GET", invoice, s.slagnasStaff().token(),
                null));
        assertEquals(name, summary.getString("unitName"));
        assertEquals(1, summary.getInt("orders"));
        List<JsonObject> lines = summary.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(2, lines.size());
        JsonObject bread = lines.stream().filter(l -> l.getString("product").startsWith("Tunnbröd")).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.now(SWEDEN).toString(), bread.getString("date"));
        assertEquals(number, bread.getString("orderNumber"));
        assertEquals(3, bread.getInt("quantity"));
        assertEquals(4000, bread.getJsonNumber("unitPriceOre").longValue());
        assertEquals(12, bread.getInt("vatPercent"));
        assertEquals(12000, bread.getJsonNumber("lineTotalOre").longValue());
        assertEquals(1286, bread.getJsonNumber("vatOre").longValue(), "12 % inside 120 kr, rounded to the öre");
        JsonObject soapLine = lines.stream().filter(l -> l.getString("product").startsWith("Diskmedel")).findFirst()
                .orElseThrow();
        assertEquals(3000, soapLine.getJsonNumber("lineTotalOre").longValue());
        assertEquals(600, soapLine.getJsonNumber("vatOre").longValue(), "25 % inside 30 kr");
        List<JsonObject> vat = summary.getJsonArray("vatByRate").getValuesAs(JsonObject.class);
        assertEquals(List.of(12, 25), vat.stream().map(v -> v.getInt("vatPercent")).toList());
        assertEquals(10714, vat.get(0).getJsonNumber("exclVatOre").longValue());
        assertEquals(2400, vat.get(1).getJsonNumber("exclVatOre").longValue());
        assertEquals(13114, summary.getJsonNumber("totalExclVatOre").longValue());
        assertEquals(1886, summary.getJsonNumber("vatOre").longValue());
        assertEquals(15000, summary.getJsonNumber("totalInclVatOre").longValue());

        HttpResponse<String> csv = arjeplog.download(invoice, s.slagnasStaff().token(), "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        List<String> rows = csv.body().lines().toList();
        assertEquals("\uFEFFDatum;Order;Vara;Antal;À-pris inkl. moms;Momssats;Summa inkl. moms;Varav moms", rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> cells(r).equals(List.of(LocalDate.now(SWEDEN).toString(), number,
                bread.getString("product"), "3", "40,00", "12", "120,00", "12,86"))), csv.body());
        assertTrue(rows.contains("Moms 12 %;;;;;12;120,00;12,86"), csv.body());
        assertTrue(rows.contains("Moms 25 %;;;;;25;30,00;6,00"), csv.body());
        assertEquals("Summa;;;;;;150,00;18,86", rows.get(rows.size() - 1));

        HttpResponse<byte[]> pdf = arjeplog.downloadBytes(invoice, s.slagnasStaff().token(), "application/pdf", "sv");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Att fakturera inkl. moms: 150,00 kr"), text);
            assertTrue(text.contains("Moms 25 %: underlag 24,00 kr, moms 6,00 kr, summa 30,00 kr"), text);
        }

        assertProblem(arjeplog.send("GET", invoice, s.fjallbodenStaff().token(), null), 403, "forbidden");
        assertProblem(arjeplog.send("GET", invoice, orderer.token(), null), 403, "forbidden");
        Person harjedalenAdmin = new Accounts(base).administrator("harjedalen");
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").send("GET", invoice, harjedalenAdmin.token(),
                null), 404, "not-found");
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").send("GET", "/api/v1/organisations/" + unitId
                + "/spending", harjedalenAdmin.token(), null), 404, "not-found");
    }

    @Test
    void anOrderAboveTheLimitWaitsForApprovalAndNoUnitOrderClaimsSubsidy() {
        TwoShops s = TwoShops.in(base);
        UnitCustomers units = UnitCustomers.in(base, "arjeplog");
        GalleryClient arjeplog = s.arjeplog();
        String admin = units.admin().token();
        long unitId = units.unit("Förskolan Laisvall " + Shopping.newKey().substring(0, 8), s.laisvall())
                .getJsonNumber("id").longValue();
        units.agreement(unitId, s.fjallboden(), 30000, "NEEDS_APPROVAL", Map.of());
        Person orderer = units.orderer(unitId);

        HttpResponse<String> first = units.order(orderer.token(), unitId, Map.of(s.cheese(), 2), s.fjallboden(),
                "HOME_DELIVERY");
        assertEquals(201, first.statusCode(), first.body());
        JsonObject within = UnitCustomers.firstOrder(first);
        assertEquals("NEW", within.getString("status"));
        assertEquals(0, within.getJsonNumber("deliveryFeeOre").longValue(), "no resident's delivery fee for a unit");
        assertEquals(25000, within.getJsonNumber("totalOre").longValue());

        HttpResponse<String> second = units.order(orderer.token(), unitId, Map.of(s.cheese(), 2), s.fjallboden(),
                "HOME_DELIVERY");
        assertEquals(201, second.statusCode(), second.body());
        String awaiting = UnitCustomers.firstOrder(second).getString("number");
        String routeDay = UnitCustomers.firstOrder(second).getString("deliveryDate");
        assertEquals("AWAITING_APPROVAL", UnitCustomers.firstOrder(second).getString("status"));
        assertFalse(newOrders(s, routeDay).contains(awaiting),
                "the shop does not see it before the municipality approved");
        assertTrue(approvals(arjeplog, admin).contains(awaiting));
        assertProblem(arjeplog.send("GET", "/api/v1/organisations/approvals", s.fjallbodenStaff().token(), null), 403,
                "forbidden");
        assertProblem(arjeplog.post("/api/v1/organisations/approvals/" + awaiting, orderer.token(),
                Json.createObjectBuilder().add("approve", true).build()), 403, "forbidden");
        assertProblem(arjeplog.post("/api/v1/organisations/approvals/" + awaiting, s.fjallbodenStaff().token(),
                Json.createObjectBuilder().add("approve", true).build()), 403, "forbidden");
        assertProblem(arjeplog.post("/api/v1/orders/" + awaiting + "/status", s.fjallbodenStaff().token(),
                Json.createObjectBuilder().add("status", "ACCEPTED").build()), 409, "conflict");

        HttpResponse<String> approved = arjeplog.post("/api/v1/organisations/approvals/" + awaiting, admin,
                Json.createObjectBuilder().add("approve", true).add("note", "Extra inköp till julfesten").build());
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("NEW", ((JsonObject) GalleryClient.json(approved)).getString("status"));
        assertTrue(newOrders(s, routeDay).contains(awaiting));
        assertFalse(approvals(arjeplog, admin).contains(awaiting));
        assertProblem(arjeplog.post("/api/v1/organisations/approvals/" + awaiting, admin,
                Json.createObjectBuilder().add("approve", true).build()), 409, "conflict");

        String third = UnitCustomers.firstOrder(units.order(orderer.token(), unitId, Map.of(s.cheese(), 2),
                s.fjallboden(), "HOME_DELIVERY")).getString("number");
        assertField(arjeplog.post("/api/v1/organisations/approvals/" + third, admin,
                Json.createObjectBuilder().add("approve", false).build()), "note");
        HttpResponse<String> rejected = arjeplog.post("/api/v1/organisations/approvals/" + third, admin,
                Json.createObjectBuilder().add("approve", false).add("note", "Budgeten är slut").build());
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("REJECTED", ((JsonObject) GalleryClient.json(rejected)).getString("status"));
        JsonObject spent = ((JsonObject) GalleryClient.json(arjeplog.send("GET", "/api/v1/organisations/" + unitId
                + "/spending", admin, null))).getJsonArray("shops").getJsonObject(0);
        assertEquals(50000, spent.getJsonNumber("spentOre").longValue(), "the refused order does not count");
        assertEquals(0, spent.getJsonNumber("remainingOre").longValue());

        // The order delivered home is in no subsidy report; a resident's delivery the same day is.
        String unitOrder = within.getString("number");
        long carrier = ((JsonArray) GalleryClient.json(arjeplog.get("/api/v1/carriers"))).getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("name").equals("Bussgods Arjeplog")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String residentsOrder = UnitCustomers.firstOrder(placedByResident(s)).getString("number");
        for (String number : List.of(unitOrder, residentsOrder)) {
            deliver(arjeplog, s.fjallbodenStaff().token(), number, carrier);
        }
        HttpResponse<String> report = arjeplog.send("GET", "/api/v1/subsidy/reports/shop/" + s.fjallboden() + "/"
                + YearMonth.now(SWEDEN), admin, null);
        assertEquals(200, report.statusCode(), report.body());
        List<String> reported = ((JsonObject) GalleryClient.json(report)).getJsonArray("lines")
                .getValuesAs(JsonObject.class).stream().map(l -> l.getString("orderNumber")).toList();
        assertTrue(reported.contains(residentsOrder), report.body());
        assertFalse(reported.contains(unitOrder), "a unit's order claims no home-delivery subsidy");

        // An orderer who deletes their account no longer orders for the unit, and their address is gone.
        assertEquals(204, arjeplog.send("DELETE", "/api/v1/me", orderer.token(), null).statusCode());
        assertEquals(0, ((JsonArray) GalleryClient.json(arjeplog.send("GET", "/api/v1/organisations/" + unitId
                + "/orderers", admin, null))).size());
    }

    private static HttpResponse<String> placedByResident(TwoShops s) {
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.cheese(), 2);
        HttpResponse<String> placed = s.shopping().checkout(basket, null, s.shopping().contact(
                Accounts.newAddress("guest"), "Byvägen " + Shopping.newKey().substring(0, 6), s.laisvall(),
                Json.createArrayBuilder().add(Shopping.choice(s.fjallboden(), "HOME_DELIVERY"))).build(),
                Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        return placed;
    }

    private static void deliver(GalleryClient gallery, String staff, String number, long carrier) {
        for (String status : List.of("ACCEPTED", "PACKED", "HANDED_TO_CARRIER")) {
            if (status.equals("PACKED")) {
                assertEquals(200, gallery.send("PUT", "/api/v1/orders/" + number + "/carrier", staff,
                        Json.createObjectBuilder().add("carrierId", carrier).build()).statusCode());
            }
            HttpResponse<String> moved = gallery.post("/api/v1/orders/" + number + "/status", staff,
                    Json.createObjectBuilder().add("status", status).build());
            assertEquals(200, moved.statusCode(), moved.body());
        }
        HttpResponse<String> delivered = gallery.post("/api/v1/orders/" + number + "/delivery", staff,
                Json.createObjectBuilder().add("note", "Lämnat i köket").build());
        assertEquals(200, delivered.statusCode(), delivered.body());
    }

    private static String approvals(GalleryClient gallery, String admin) {
        HttpResponse<String> list = gallery.send("GET", "/api/v1/organisations/approvals?size=100", admin, null);
        assertEquals(200, list.statusCode(), list.body());
        return list.body();
    }

    private static List<JsonObject> inbox(TwoShops s, long shop, Person staff, String query) {
        HttpResponse<String> page = s.arjeplog().send("GET", "/api/v1/shops/" + shop + "/orders?size=100&" + query,
                staff.token(), null);
        assertEquals(200, page.statusCode(), page.body());
        return ((JsonObject) GalleryClient.json(page)).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /**
     * Fjällboden's new orders of the route day (the databases outlive runs: the day keeps the list
     * short); filtering by the awaiting status finds nothing, as the shop has none of those.
     */
    private static List<String> newOrders(TwoShops s, String routeDay) {
        assertEquals(List.of(), inbox(s, s.fjallboden(), s.fjallbodenStaff(), "status=AWAITING_APPROVAL"));
        return inbox(s, s.fjallboden(), s.fjallbodenStaff(), "status=NEW&date=" + routeDay).stream()
                .map(o -> o.getString("number")).toList();
    }

    private static List<String> cells(String row) {
        return Arrays.asList(row.split(";", -1));
    }

    private static void assertField(HttpResponse<String> response, String field) {
        JsonObject problem = assertProblem(response, 400, "invalid-input");
        assertEquals(field, problem.getJsonArray("violations").getJsonObject(0).getString("field"), problem.toString());
    }
}
