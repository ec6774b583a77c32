package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * Home deliveries of {@link TwoShops} through the API: placed at either shop on a chosen route day,
 * and the shop's and the carrier's steps on them.
 */
record HomeDeliveries(TwoShops s) {

    /** One order of {@code quantity} of the shop's test product, delivered home; date null: the next route day. */
    String place(long shop, int quantity, String village, String street, String email, LocalDate date) {
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, product(shop), quantity);
        JsonObjectBuilder choice = Json.createObjectBuilder().add("shopId", shop).add("delivery", "HOME_DELIVERY");
        if (date != null) {
            choice.add("date", date.toString());
        }
        HttpResponse<String> placed = s.shopping().checkout(basket, null, s.shopping().contact(email, street,
                s.shopping().villageId(village), Json.createArrayBuilder().add(choice)).build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        return CheckoutApiIT.orders(placed).get(0).getString("number");
    }

    /** The shop's next route days, as its part of a basket offers them. */
    List<LocalDate> routeDates(long shop) {
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, product(shop), 1);
        JsonObject view = s.arjeplog().getJson("/api/v1/baskets/" + basket);
        return view.getJsonArray("shops").getValuesAs(JsonObject.class).get(0).getJsonObject("delivery")
                .getJsonArray("routeDates").getValuesAs(JsonString.class).stream()
                .map(d -> LocalDate.parse(d.getString())).toList();
    }

    /** The shop's staff accept the order, choose the carrier, pack it and hand it over. */
    void handOver(String staff, String number, long carrierId) {
        move(staff, number, "ACCEPTED", null);
        chooseCarrier(staff, number, carrierId);
        move(staff, number, "PACKED", null);
        move(staff, number, "HANDED_TO_CARRIER", null);
    }

    void chooseCarrier(String staff, String number, long carrierId) {
        HttpResponse<String> chosen = s.arjeplog().send("PUT", "/api/v1/orders/" + number + "/carrier", staff,
                Json.createObjectBuilder().add("carrierId", carrierId).build());
        assertEquals(200, chosen.statusCode(), chosen.body());
    }

    HttpResponse<String> step(String token, String number, String status, String note) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("status", status);
        if (note != null) {
            body.add("note", note);
        }
        return s.arjeplog().send("POST", "/api/v1/orders/" + number + "/status", token, body.build());
    }

    JsonObject move(String token, String number, String status, String note) {
        HttpResponse<String> moved = step(token, number, status, note);
        assertEquals(200, moved.statusCode(), moved.body());
        return (JsonObject) GalleryClient.json(moved);
    }

    JsonObject deliver(String token, String number, String note) {
        HttpResponse<String> delivered = s.arjeplog().send("POST", "/api/v1/orders/" + number + "/delivery", token,
                Json.createObjectBuilder().add("note", note).build());
        assertEquals(200, delivered.statusCode(), delivered.body());
        return (JsonObject) GalleryClient.json(delivered);
    }

    HttpResponse<String> recordRun(String token, long carrierId, int km, String... numbers) {
        return s.arjeplog().post("/api/v1/carriers/" + carrierId + "/runs", token, Json.createObjectBuilder()
                .add("vehicle", "Buss 12").add("km", km).add("orders", Json.createArrayBuilder(List.of(numbers)))
                .build());
    }

    /** The carrier's runs of this month. */
    List<JsonObject> runs(String token, long carrierId) {
        HttpResponse<String> runs = s.arjeplog().send("GET", "/api/v1/carriers/" + carrierId + "/runs", token, null);
        assertEquals(200, runs.statusCode(), runs.body());
        return ((JsonArray) GalleryClient.json(runs)).getValuesAs(JsonObject.class);
    }

    static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private long product(long shop) {
        return shop == s.fjallboden() ? s.cheese() : s.bread();
    }
}
