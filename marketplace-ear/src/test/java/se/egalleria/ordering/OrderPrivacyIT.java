package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/** A resident deletes their account: finished orders lose who and where; orders on their way keep it. */
class OrderPrivacyIT extends DeployedGallery {

    @Test
    void finishedOrdersAreAnonymisedWhenTheAccountIsDeleted() {
        TwoShops s = TwoShops.in(base);
        Person resident = new Accounts(base).resident("arjeplog");
        String finished = place(s, resident);
        String open = place(s, resident);
        String staff = s.slagnasStaff().token();
        assertEquals(200, s.arjeplog().send("POST", "/api/v1/orders/" + finished + "/status", staff,
                Json.createObjectBuilder().add("status", "REJECTED").add("note", "Slut på bröd").build())
                .statusCode());

        assertEquals(204, s.arjeplog().send("DELETE", "/api/v1/me", resident.token(), null).statusCode());

        JsonObject anonymised = order(s, staff, finished);
        assertEquals("–", anonymised.getString("customerName"));
        assertEquals("", anonymised.getString("phone"));
        assertEquals("", anonymised.getString("email"));
        assertEquals("–", anonymised.getString("street"));
        assertEquals("Laisvall", anonymised.getString("village"), "the village stays for the statistics");
        assertEquals(4990, anonymised.getJsonNumber("totalOre").longValue(), "amounts stay for the books");
        assertEquals(1, anonymised.getJsonArray("lines").size());
        JsonObject onItsWay = order(s, staff, open);
        assertEquals("Elsa Lindqvist", onItsWay.getString("customerName"), "still to be handed over");
    }

    @Test
    void aResidentsOrdersAreInTheDownloadOfTheirDataAndNoOneElses() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person resident = accounts.resident("arjeplog");
        String number = place(s, resident);

        JsonArray orders = downloadedOrders(s, resident);
        assertEquals(1, orders.size());
        JsonObject order = orders.getJsonObject(0);
        assertEquals(number, order.getString("number"));
        assertEquals("Elsa Lindqvist", order.getString("customerName"));
        assertEquals(resident.email(), order.getString("email"));
        assertEquals("Laisvall", order.getString("village"));
        assertEquals(1, order.getJsonArray("lines").size());
        assertEquals(0, downloadedOrders(s, accounts.resident("arjeplog")).size(), "another resident's download");
    }

    private static JsonArray downloadedOrders(TwoShops s, Person resident) {
        HttpResponse<String> download = s.arjeplog().send("GET", "/api/v1/me/data", resident.token(), null);
        assertEquals(200, download.statusCode(), download.body());
        return ((JsonObject) GalleryClient.json(download)).getJsonObject("kept").getJsonArray("orders");
    }

    private static String place(TwoShops s, Person resident) {
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.bread(), 1);
        HttpResponse<String> placed = s.shopping().checkout(basket, resident.token(), s.shopping().contact(
                resident.email(), s.laisvall(), Json.createArrayBuilder()
                        .add(Shopping.choice(s.slagnas(), "SHOP_PICKUP"))).build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        return CheckoutApiIT.orders(placed).get(0).getString("number");
    }

    private static JsonObject order(TwoShops s, String staff, String number) {
        HttpResponse<String> response = s.arjeplog().send("GET", "/api/v1/orders/" + number, staff, null);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }
}
