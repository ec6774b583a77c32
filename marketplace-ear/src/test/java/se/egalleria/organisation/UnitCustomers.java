package se.egalleria.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.MailCatcher;
import se.egalleria.testsupport.Shopping;

/**
 * Organisation customers through the API, for the tests: a unit registered by an administrator
 * (a new name each time, since the databases outlive runs), its agreements, an orderer invited by
 * e-mail who accepts, and checkouts for the unit.
 */
record UnitCustomers(URL base, GalleryClient gallery, Person admin) {

    static UnitCustomers in(URL base, String slug) {
        return new UnitCustomers(base, GalleryClient.forMunicipality(base, slug), new Accounts(base).administrator(slug));
    }

    static JsonObjectBuilder unitBody(String name, long villageId) {
        return Json.createObjectBuilder().add("name", name).add("kind", "SCHOOL_KITCHEN")
                .add("invoiceReference", "Kostenheten, ref 4711").add("street", "Skolvägen 2")
                .add("postalCode", "930 92").add("villageId", villageId).add("phone", "0961-123 45");
    }

    /** A new unit in the village; returns its JSON. */
    JsonObject unit(String name, long villageId) {
        HttpResponse<String> created = gallery.post("/api/v1/organisations", admin.token(),
                unitBody(name, villageId).build());
        assertEquals(201, created.statusCode(), created.body());
        return (JsonObject) GalleryClient.json(created);
    }

    static JsonObjectBuilder agreementBody(long shopId, String reference, long limitOre, String aboveLimit,
                                           Map<Long, Long> prices) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        prices.forEach((product, price) -> list.add(Json.createObjectBuilder().add("productId", product)
                .add("priceOre", price)));
        return Json.createObjectBuilder().add("shopId", shopId).add("reference", reference)
                .add("validFrom", "2026-01-01").add("monthlyLimitOre", limitOre).add("aboveLimit", aboveLimit)
                .add("prices", list);
    }

    JsonObject agreement(long unitId, long shopId, long limitOre, String aboveLimit, Map<Long, Long> prices) {
        HttpResponse<String> created = gallery.post("/api/v1/organisations/" + unitId + "/agreements", admin.token(),
                agreementBody(shopId, "RA-" + Shopping.newKey().substring(0, 6), limitOre, aboveLimit, prices)
                        .build());
        assertEquals(201, created.statusCode(), created.body());
        return (JsonObject) GalleryClient.json(created);
    }

    /** Invites a new address to order for the unit; the person accepts by the e-mailed link and signs in. */
    Person orderer(long unitId) {
        String email = Accounts.newAddress("orderer");
        HttpResponse<String> invited = gallery.post("/api/v1/organisations/" + unitId + "/orderers", admin.token(),
                Json.createObjectBuilder().add("email", email).build());
        assertEquals(201, invited.statusCode(), invited.body());
        String token = MailCatcher.awaitMailTo(email, "beställa för").token();
        HttpResponse<String> accepted = gallery.post("/api/v1/invitations/acceptances", null,
                Json.createObjectBuilder().add("token", token).add("name", "Test Beställare")
                        .add("password", Accounts.PASSWORD).build());
        assertEquals(204, accepted.statusCode(), accepted.body());
        return new Person(email, Accounts.signIn(gallery, email, Accounts.PASSWORD));
    }

    /** A checkout for the unit of one basket line per product (id → quantity) with the shop's delivery choice. */
    HttpResponse<String> order(String token, Long unitId, Map<Long, Integer> products, long shopId, String delivery) {
        Shopping shopping = new Shopping(gallery);
        String basket = shopping.basket();
        products.forEach((product, quantity) -> shopping.addOk(basket, product, quantity));
        JsonObjectBuilder body = Json.createObjectBuilder().add("shops", Json.createArrayBuilder()
                .add(Shopping.choice(shopId, delivery)));
        if (unitId != null) {
            body.add("organisation", unitId);
        }
        return shopping.checkout(basket, token, body.build(), Shopping.newKey());
    }

    static JsonObject firstOrder(HttpResponse<String> placed) {
        return ((JsonObject) GalleryClient.json(placed)).getJsonArray("orders").getJsonObject(0);
    }

    /** A visible product of the shop at a VAT rate of choice (the shared helper makes 12 % products). */
    long product(long shopId, String staffToken, String name, long priceOre, int vatPercent) {
        HttpResponse<String> created = gallery.post("/api/v1/shops/" + shopId + "/products", staffToken,
                Json.createObjectBuilder().add("name", name).add("description", "").add("priceOre", priceOre)
                        .add("vatPercent", vatPercent).add("unit", "ST").add("storage", "AMBIENT").build());
        assertEquals(201, created.statusCode(), created.body());
        return ((JsonObject) GalleryClient.json(created)).getJsonNumber("id").longValue();
    }
}
