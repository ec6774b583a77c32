package se.egalleria.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import se.egalleria.ordering.TwoShops;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/** One shop's orders taken all the way through the API: home to the door by a carrier, or picked up. */
record Delivery(TwoShops s, long shop, long product, int quantity, Person staff) {

    /** Placed by a guest at the street in the village, delivered by the carrier now; returns the order number. */
    String home(String street, long village, long carrier, Person driver) {
        String number = place(street, village, "HOME_DELIVERY");
        step(number, "ACCEPTED");
        step(number, "PACKED");
        ok(s.arjeplog().send("PUT", "/api/v1/orders/" + number + "/carrier", staff.token(),
                Json.createObjectBuilder().add("carrierId", carrier).build()));
        step(number, "HANDED_TO_CARRIER");
        ok(s.arjeplog().send("POST", "/api/v1/orders/" + number + "/delivery", driver.token(),
                Json.createObjectBuilder().add("recipientConfirmed", true).build()));
        return number;
    }

    /** Picked up in the shop now. */
    String pickedUp(String street, long village) {
        String number = place(street, village, "SHOP_PICKUP");
        for (String status : List.of("ACCEPTED", "PACKED", "READY_FOR_PICKUP", "PICKED_UP")) {
            step(number, status);
        }
        return number;
    }

    /** Placed and then rejected by the shop (with the reason it must give). */
    String rejected(String street, long village, String method) {
        String number = place(street, village, method);
        ok(s.arjeplog().send("POST", "/api/v1/orders/" + number + "/status", staff.token(),
                Json.createObjectBuilder().add("status", "REJECTED").add("note", "Slut i lager").build()));
        return number;
    }

    /** Placed to be picked up at the service point of {@link TwoShops}, and left there (still new). */
    String placedForServicePoint(String street, long village) {
        return place(street, village, Json.createObjectBuilder().add("shopId", shop)
                .add("delivery", "SERVICE_POINT_PICKUP").add("servicePointId", s.servicePoint()).build());
    }

    /** Placed and left new: the shop has not handled it yet. */
    String place(String street, long village, String method) {
        return place(street, village, Shopping.choice(shop, method));
    }

    private String place(String street, long village, JsonObject choice) {
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, product, quantity);
        HttpResponse<String> placed = s.shopping().checkout(basket, null, s.shopping().contact(
                Accounts.newAddress("statistics"), street, village, Json.createArrayBuilder()
                        .add(choice)).build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        return ((JsonObject) GalleryClient.json(placed)).getJsonArray("orders").getJsonObject(0).getString("number");
    }

    private void step(String number, String status) {
        ok(s.arjeplog().send("POST", "/api/v1/orders/" + number + "/status", staff.token(),
                Json.createObjectBuilder().add("status", status).build()));
    }

    private static void ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
    }
}
