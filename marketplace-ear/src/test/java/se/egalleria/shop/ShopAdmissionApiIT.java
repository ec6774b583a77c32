package se.egalleria.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
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

/**
 * The municipality's administrator admits shops: invites an owner (a new shop awaiting approval
 * and an invitation e-mail), approves, suspends and reactivates it, and sees each shop's catalogue
 * and orders. A shop that is not approved is hidden from residents and checkout refuses its goods,
 * while its staff keep working. Only that municipality's administrators may do any of it.
 */
@AlsoOnEmbeddedH2
class ShopAdmissionApiIT extends DeployedGallery {

    private static final String SHOPS = "/api/v1/municipality/shops";

    @Test
    void anInvitedShopOpensWhenApprovedClosesWhenSuspendedAndOpensAgain() {
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        Shopping shopping = new Shopping(arjeplog);
        Person admin = accounts.administrator("arjeplog");
        String run = Shopping.newKey().substring(0, 8);
        // "Övre" sorts last in Swedish: shops left behind by earlier runs never push the demo shops off page one.
        String name = "Övre Testbutiken " + run;
        String ownerEmail = Accounts.newAddress("owner");

        HttpResponse<String> invited = arjeplog.post(SHOPS, admin.token(), invitation(name,
                shopping.villageId("Jäckvik"), ownerEmail, "0961-555 01"));
        assertEquals(201, invited.statusCode(), invited.body());
        JsonObject line = json(invited);
        long shopId = line.getJsonNumber("id").longValue();
        assertEquals(name, line.getString("name"));
        assertEquals("Jäckvik", line.getString("village"));
        assertEquals(ownerEmail, line.getString("email"));
        assertEquals("AWAITING_APPROVAL", line.getString("status"));
        assertEquals(List.of(0L, 0L, 0L, 0L), figures(line));
        assertTrue(invited.headers().firstValue("Location").orElse("").endsWith("/api/v1/municipality/shops/" + shopId));

        // The owner accepts the e-mailed invitation and works on the shop before it opens.
        MailCatcher.Mail mail = MailCatcher.awaitMailTo(ownerEmail);
        HttpResponse<String> accepted = arjeplog.post("/api/v1/invitations/acceptances", null, Json.createObjectBuilder()
                .add("token", mail.token()).add("name", "Test Handlare").add("password", Accounts.PASSWORD).build());
        assertEquals(204, accepted.statusCode(), accepted.body());
        Person owner = new Person(ownerEmail, Accounts.signIn(arjeplog, ownerEmail, Accounts.PASSWORD));
        long product = shopping.product(shopId, owner.token(), "Övre kaffe " + run, 5990, null);
        assertEquals(200, arjeplog.send("GET", "/api/v1/shops/" + shopId, owner.token(), null).statusCode(),
                "its staff see their shop");
        assertHidden(arjeplog, shopId, product, run);

        assertEquals("APPROVED", action(arjeplog, admin, shopId, "approval").getString("status"));
        assertOpen(arjeplog, shopId, product, run);
        // A resident orders; the shop's line counts the product and the order.
        String basket = shopping.basket();
        shopping.addOk(basket, product, 2);
        assertEquals(201, checkout(shopping, basket, shopId).statusCode());
        assertEquals(List.of(1L, 0L, 1L, 1L), figures(line(arjeplog, admin, shopId)));

        // Suspended: hidden again, a basket holding its goods is refused at checkout, its staff still see orders.
        String laterBasket = shopping.basket();
        shopping.addOk(laterBasket, product, 1);
        assertEquals("SUSPENDED", action(arjeplog, admin, shopId, "suspension").getString("status"));
        assertHidden(arjeplog, shopId, product, run);
        JsonObject refused = assertProblem(checkout(shopping, laterBasket, shopId), 409, "conflict");
        assertTrue(refused.getString("detail").contains(name), refused.getString("detail"));
        assertProblem(shopping.add(shopping.basket(), product, 1), 404, "not-found");
        HttpResponse<String> ownOrders = arjeplog.send("GET", "/api/v1/shops/" + shopId + "/orders?size=100",
                owner.token(), null);
        assertEquals(200, ownOrders.statusCode(), ownOrders.body());
        assertEquals(1, json(ownOrders).getJsonArray("items").size());
        Accounts.signIn(arjeplog, ownerEmail, Accounts.PASSWORD); // its staff can still sign in (asserts 201)

        // Reactivated: open again, and the same basket goes through.
        assertEquals("APPROVED", action(arjeplog, admin, shopId, "reactivation").getString("status"));
        assertOpen(arjeplog, shopId, product, run);
        assertEquals(201, checkout(shopping, laterBasket, shopId).statusCode());
        assertEquals(List.of(1L, 0L, 2L, 2L), figures(line(arjeplog, admin, shopId)));

        // Filtered lists, and every step in the municipality's audit log.
        assertTrue(ids(arjeplog.send("GET", SHOPS + "?status=APPROVED&size=100", admin.token(), null)).contains(shopId));
        assertFalse(ids(arjeplog.send("GET", SHOPS + "?status=SUSPENDED&size=100", admin.token(), null)).contains(shopId));
        String audit = arjeplog.send("GET", "/api/v1/audit-events?size=100", admin.token(), null).body();
        for (String action : List.of("shop.invited", "shop.approved", "shop.suspended", "shop.reactivated")) {
            assertTrue(audit.contains("\"" + action + "\"") && audit.contains("shop:" + shopId), action + ": " + audit);
        }
        assertEquals(List.of(shopId), ids(arjeplog.send("GET", SHOPS + "?name=" + run, admin.token(), null)));
        action(arjeplog, admin, shopId, "suspension"); // leaves residents' lists as they were
    }

    @Test
    void stepsOutOfOrderAndBadInvitationsAreRefusedOnTheField() {
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        Shopping shopping = new Shopping(arjeplog);
        Person admin = accounts.administrator("arjeplog");
        long village = shopping.villageId("Laisvall");
        String name = "Övre Felbutiken " + Shopping.newKey().substring(0, 8);

        assertViolation(arjeplog.post(SHOPS, admin.token(), invitation(" ", village, Accounts.newAddress("o"), "0961-1")),
                "name");
        assertViolation(arjeplog.post(SHOPS, admin.token(), Json.createObjectBuilder().add("name", name)
                .add("email", Accounts.newAddress("o")).add("phone", "0961-100 00").build()), "villageId");
        assertViolation(arjeplog.post(SHOPS, admin.token(), invitation(name, 999_999_999L, Accounts.newAddress("o"),
                "0961-100 00")), "villageId");
        assertViolation(arjeplog.post(SHOPS, admin.token(), invitation(name, village, "not-an-address", "0961-100 00")),
                "email");
        assertViolation(arjeplog.post(SHOPS, admin.token(), invitation(name, village, Accounts.newAddress("o"), "ring")),
                "phone");
        assertViolation(arjeplog.post(SHOPS, admin.token(), Json.createObjectBuilder().build()), "name");
        assertViolation(arjeplog.send("GET", SHOPS + "?status=CLOSED", admin.token(), null), "status");
        assertProblem(arjeplog.send("GET", SHOPS + "?size=1000", admin.token(), null), 400, "invalid-input");

        // An address that already has an account: 409, and no shop is left behind.
        Person resident = accounts.resident("arjeplog");
        assertProblem(arjeplog.post(SHOPS, admin.token(), invitation(name, village, resident.email(), "0961-100 00")),
                409, "conflict");
        assertFalse(arjeplog.send("GET", SHOPS + "?status=AWAITING_APPROVAL&size=100", admin.token(), null).body()
                .contains(name));

        long shopId = json(arjeplog.post(SHOPS, admin.token(), invitation(name, village, Accounts.newAddress("o"),
                "0961-100 00"))).getJsonNumber("id").longValue();
        assertProblem(send(arjeplog, admin, shopId, "suspension"), 409, "conflict");
        assertProblem(send(arjeplog, admin, shopId, "reactivation"), 409, "conflict");
        action(arjeplog, admin, shopId, "approval");
        assertProblem(send(arjeplog, admin, shopId, "approval"), 409, "conflict");
        assertProblem(send(arjeplog, admin, shopId, "reactivation"), 409, "conflict");
        assertProblem(send(arjeplog, admin, 999_999_999L, "approval"), 404, "not-found");
        assertProblem(arjeplog.send("POST", SHOPS + "/abc/approval", admin.token(), null), 404, "not-found");
        action(arjeplog, admin, shopId, "suspension");
    }

    @Test
    void onlyThisMunicipalitysAdministratorsMayAdmitShops() {
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        Shopping shopping = new Shopping(arjeplog);
        Person admin = accounts.administrator("arjeplog");
        long fjallboden = Shopping.shopId(arjeplog, "Fjällboden Lanthandel");
        long svegs = Shopping.shopId(harjedalen, "Svegs Livs");
        Person staff = accounts.shopStaff("arjeplog", admin, fjallboden);
        Person resident = accounts.resident("arjeplog");
        Person harjedalenAdmin = accounts.administrator("harjedalen");
        long village = shopping.villageId("Laisvall");
        String name = "Övre Obehörig " + Shopping.newKey().substring(0, 8);

        for (Person refused : List.of(staff, resident)) {
            assertProblem(arjeplog.send("GET", SHOPS, refused.token(), null), 403, "forbidden");
            assertProblem(arjeplog.send("GET", SHOPS + "/" + fjallboden, refused.token(), null), 403, "forbidden");
            assertProblem(arjeplog.post(SHOPS, refused.token(), invitation(name, village, Accounts.newAddress("o"),
                    "0961-100 00")), 403, "forbidden");
            for (String step : List.of("approval", "suspension", "reactivation")) {
                assertProblem(send(arjeplog, refused, fjallboden, step), 403, "forbidden");
            }
        }
        assertProblem(arjeplog.send("GET", SHOPS, null, null), 401, "not-authenticated");
        assertProblem(arjeplog.send("POST", SHOPS + "/" + fjallboden + "/suspension", null, null), 401,
                "not-authenticated");
        // Another municipality's administrator: not signed in here, and Arjeplog's shops do not exist there.
        assertProblem(arjeplog.send("GET", SHOPS, harjedalenAdmin.token(), null), 401, "not-authenticated");
        assertProblem(arjeplog.send("POST", SHOPS + "/" + fjallboden + "/suspension", harjedalenAdmin.token(), null),
                401, "not-authenticated");
        assertProblem(harjedalen.send("POST", SHOPS + "/" + fjallboden + "/suspension", harjedalenAdmin.token(), null),
                404, "not-found");
        assertProblem(harjedalen.send("GET", SHOPS + "/" + fjallboden, harjedalenAdmin.token(), null), 404,
                "not-found");
        assertProblem(arjeplog.send("POST", SHOPS + "/" + svegs + "/suspension", admin.token(), null), 404,
                "not-found");
        assertProblem(harjedalen.send("GET", SHOPS, admin.token(), null), 401, "not-authenticated");
        assertFalse(ids(harjedalen.send("GET", SHOPS + "?size=100", harjedalenAdmin.token(), null)).contains(fjallboden));
        // No gallery at all: the platform's own host and an unknown one.
        HttpResponse<String> platform = GalleryClient.platform(base).send("GET", SHOPS, admin.token(), null);
        assertTrue(Set.of(401, 404).contains(platform.statusCode()), platform.body());
        assertFalse(platform.body().contains("Fjällboden"), platform.body());
        assertProblem(GalleryClient.forHost(base, "nowhere.localhost").send("GET", SHOPS, admin.token(), null), 404,
                "unknown-gallery");

        assertEquals("APPROVED", json(arjeplog.send("GET", SHOPS + "/" + fjallboden, admin.token(), null))
                .getString("status"), "nothing was changed by the refused calls");
    }

    private static void assertHidden(GalleryClient gallery, long shopId, long product, String run) {
        assertFalse(ids(gallery.get("/api/v1/shops?size=100")).contains(shopId), "not in the public shop list");
        assertProblem(gallery.get("/api/v1/shops/" + shopId), 404, "not-found");
        assertProblem(gallery.get("/api/v1/products/" + product), 404, "not-found");
        assertEquals(0, gallery.getJson("/api/v1/products?q=" + run).getJsonArray("items").size(), "not found by search");
        assertEquals(0, gallery.getJson("/api/v1/products?shop=" + shopId).getJsonArray("items").size());
        String page = gallery.get("/products.xhtml?q=%C3%96vre+kaffe+" + run, "text/html").body();
        assertFalse(page.contains("class=\"product-card\""), "not on the storefront's search page");
        assertFalse(gallery.get("/shop-page.xhtml?id=" + shopId, "text/html").body().contains("Övre Testbutiken"),
                "no shop page");
        assertFalse(gallery.get("/products.xhtml", "text/html").body().contains("Övre Testbutiken " + run),
                "not in the storefront's shop filter");
    }

    private static void assertOpen(GalleryClient gallery, long shopId, long product, String run) {
        assertTrue(ids(gallery.get("/api/v1/shops?size=100")).contains(shopId), "in the public shop list");
        assertEquals(200, gallery.get("/api/v1/shops/" + shopId).statusCode());
        assertEquals(200, gallery.get("/api/v1/products/" + product).statusCode());
        assertEquals(List.of(product), ids(gallery.get("/api/v1/products?q=" + run)));
        String page = gallery.get("/products.xhtml?q=%C3%96vre+kaffe+" + run, "text/html").body();
        assertTrue(page.contains("class=\"product-card\"") && page.contains("Övre kaffe " + run),
                "on the storefront's search page");
        assertTrue(gallery.get("/products.xhtml", "text/html").body().contains("Övre Testbutiken " + run),
                "in the storefront's shop filter");
    }

    private static HttpResponse<String> checkout(Shopping shopping, String basket, long shopId) {
        return shopping.checkout(basket, null, shopping.contact(Accounts.newAddress("buyer"), shopping.villageId("Jäckvik"),
                Json.createArrayBuilder().add(Shopping.choice(shopId, "SHOP_PICKUP"))).build(), Shopping.newKey());
    }

    private static JsonObject invitation(String name, long villageId, String email, String phone) {
        return Json.createObjectBuilder().add("name", name).add("villageId", villageId).add("email", email)
                .add("phone", phone).build();
    }

    private static JsonObject action(GalleryClient gallery, Person admin, long shopId, String step) {
        HttpResponse<String> response = send(gallery, admin, shopId, step);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static HttpResponse<String> send(GalleryClient gallery, Person who, long shopId, String step) {
        return gallery.send("POST", SHOPS + "/" + shopId + "/" + step, who.token(), null);
    }

    private static JsonObject line(GalleryClient gallery, Person admin, long shopId) {
        HttpResponse<String> response = gallery.send("GET", SHOPS + "/" + shopId, admin.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    /** products, services, orders, orders in the last 30 days. */
    private static List<Long> figures(JsonObject line) {
        return List.of(line.getJsonNumber("products").longValue(), line.getJsonNumber("services").longValue(),
                line.getJsonNumber("orders").longValue(), line.getJsonNumber("ordersLast30Days").longValue());
    }

    private static void assertViolation(HttpResponse<String> response, String field) {
        JsonObject problem = assertProblem(response, 400, "invalid-input");
        assertEquals(field, problem.getJsonArray("violations").getJsonObject(0).getString("field"), response.body());
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response).getJsonArray("items").getValuesAs(JsonValue::asJsonObject).stream()
                .map(item -> item.getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) GalleryClient.json(response);
    }
}
