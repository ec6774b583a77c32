package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.MailCatcher;
import se.egalleria.testsupport.Shopping;

/**
 * A resident lets a relative order for them: invited by e-mail, accepted, used, withdrawn. Every
 * order shows who placed it for whom; without an active permission an order for someone is refused.
 */
class OrderingOnBehalfIT extends DeployedGallery {

    @Test
    void aRelativeOrdersForAResidentUntilThePermissionIsWithdrawn() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person resident = accounts.resident("arjeplog");
        Person relative = accounts.resident("arjeplog");
        Person stranger = accounts.resident("arjeplog");

        HttpResponse<String> invited = s.arjeplog().post("/api/v1/delegations", resident.token(),
                Json.createObjectBuilder().add("email", relative.email().toUpperCase()).build());
        assertEquals(201, invited.statusCode(), invited.body());
        JsonObject delegation = (JsonObject) GalleryClient.json(invited);
        long id = delegation.getJsonNumber("id").longValue();
        assertEquals("INVITED", delegation.getString("status"));
        assertEquals(relative.email(), delegation.getString("delegateEmail"), "addresses are kept lower-case");
        MailCatcher.Mail mail = MailCatcher.awaitMailTo(relative.email(), "beställa åt");
        assertTrue(mail.body().contains("/account/delegations.xhtml"), mail.body());
        assertProblem(s.arjeplog().post("/api/v1/delegations", resident.token(),
                Json.createObjectBuilder().add("email", relative.email()).build()), 409, "conflict");

        long residentId = received(s, relative).getJsonNumber("residentAccountId").longValue();
        assertEquals("Test Invånare", received(s, relative).getString("residentName"));
        assertProblem(order(s, relative, residentId), 403, "forbidden");
        assertProblem(s.arjeplog().post("/api/v1/delegations/" + id + "/acceptance", stranger.token(), null), 404,
                "not-found");
        HttpResponse<String> accepted = s.arjeplog().post("/api/v1/delegations/" + id + "/acceptance",
                relative.token(), null);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("ACTIVE", ((JsonObject) GalleryClient.json(accepted)).getString("status"));
        assertProblem(s.arjeplog().post("/api/v1/delegations/" + id + "/acceptance", relative.token(), null), 409,
                "conflict");

        HttpResponse<String> placed = order(s, relative, residentId);
        assertEquals(201, placed.statusCode(), placed.body());
        String number = CheckoutApiIT.orders(placed).get(0).getString("number");
        JsonObject seenByShop = (JsonObject) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/orders/" + number,
                s.slagnasStaff().token(), null));
        assertEquals("ON_BEHALF", seenByShop.getString("channel"));
        assertEquals(relative.email(), seenByShop.getString("placedBy"), "who placed it");
        assertEquals("Elsa Lindqvist", seenByShop.getString("customerName"), "for whom");
        assertTrue(myOrders(s, resident).contains(number), "the order is the resident's own");
        assertFalse(myOrders(s, relative).contains(number));
        assertProblem(order(s, stranger, residentId), 403, "forbidden");

        HttpResponse<String> withdrawn = s.arjeplog().send("DELETE", "/api/v1/delegations/" + id, resident.token(),
                null);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", ((JsonObject) GalleryClient.json(withdrawn)).getString("status"));
        assertProblem(order(s, relative, residentId), 403, "forbidden");
        assertEquals(0, ((JsonArray) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/delegations",
                relative.token(), null))).size(), "a withdrawn permission is no longer listed");
        assertEquals("ON_BEHALF", ((JsonObject) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/orders/"
                + number, s.slagnasStaff().token(), null))).getString("channel"), "earlier orders stay as placed");
    }

    @Test
    void mistakesAndOtherGalleriesAreRefused() {
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        Person resident = accounts.resident("arjeplog");
        Person elsewhere = accounts.resident("harjedalen");

        JsonObject wrong = assertProblem(arjeplog.post("/api/v1/delegations", resident.token(),
                Json.createObjectBuilder().add("email", "inte en adress").build()), 400, "invalid-input");
        assertEquals("email", wrong.getJsonArray("violations").getJsonObject(0).getString("field"));
        assertProblem(arjeplog.post("/api/v1/delegations", resident.token(),
                Json.createObjectBuilder().add("email", resident.email()).build()), 400, "invalid-input");
        assertProblem(arjeplog.post("/api/v1/delegations", null,
                Json.createObjectBuilder().add("email", elsewhere.email()).build()), 401, "not-authenticated");

        HttpResponse<String> invited = arjeplog.post("/api/v1/delegations", resident.token(),
                Json.createObjectBuilder().add("email", elsewhere.email()).build());
        assertEquals(201, invited.statusCode(), invited.body());
        long id = ((JsonObject) GalleryClient.json(invited)).getJsonNumber("id").longValue();
        // The same address in another municipality's gallery is another person: the permission is not theirs.
        assertEquals(0, ((JsonArray) GalleryClient.json(harjedalen.send("GET", "/api/v1/delegations",
                elsewhere.token(), null))).size());
        assertProblem(harjedalen.post("/api/v1/delegations/" + id + "/acceptance", elsewhere.token(), null), 404,
                "not-found");
        assertProblem(arjeplog.post("/api/v1/delegations/" + id + "/acceptance", elsewhere.token(), null), 401,
                "not-authenticated");
        assertProblem(arjeplog.post("/api/v1/delegations/nummer/acceptance", resident.token(), null), 404,
                "not-found");
    }

    private static JsonObject received(TwoShops s, Person delegate) {
        return ((JsonArray) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/delegations", delegate.token(), null)))
                .getValuesAs(JsonObject.class).stream().filter(d -> !d.getBoolean("given")).findFirst().orElseThrow();
    }

    private static HttpResponse<String> order(TwoShops s, Person who, long residentId) {
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.bread(), 1);
        return s.shopping().checkout(basket, who.token(), s.shopping().contact(who.email(), s.laisvall(),
                Json.createArrayBuilder().add(Shopping.choice(s.slagnas(), "SHOP_PICKUP"))).add("onBehalfOf",
                residentId).build(), Shopping.newKey());
    }

    private static String myOrders(TwoShops s, Person who) {
        return s.arjeplog().send("GET", "/api/v1/me/orders?size=100", who.token(), null).body();
    }
}
