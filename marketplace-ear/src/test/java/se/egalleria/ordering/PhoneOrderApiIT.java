package se.egalleria.ordering;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

/** Staff take an order on the phone for a resident without e-mail; it flows like any other order. */
class PhoneOrderApiIT extends DeployedGallery {

    @Test
    void aPhoneOrderIsPlacedOnceAndTheResidentIsFoundAgainByPhone() {
        TwoShops s = TwoShops.in(base);
        String phone = "070-" + (1000000 + (int) (Math.random() * 8999999));
        String staff = s.fjallbodenStaff().token();
        String path = "/api/v1/shops/" + s.fjallboden() + "/phone-orders";
        JsonObject order = request(s, phone, s.cheese()).build();
        String key = Shopping.newKey();

        HttpResponse<String> placed = s.arjeplog().post(path, staff, order, "Idempotency-Key", key);
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject first = CheckoutApiIT.orders(placed).get(0);
        assertEquals("PHONE", first.getString("channel"));
        assertEquals(s.fjallbodenStaff().email(), first.getString("placedBy"));
        assertEquals("", first.getString("email"), "no e-mail needed on the phone");
        assertEquals(27000, first.getJsonNumber("totalOre").longValue());
        HttpResponse<String> again = s.arjeplog().post(path, staff, order, "Idempotency-Key", key);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(first.getString("number"), CheckoutApiIT.orders(again).get(0).getString("number"));
        assertEquals(8, s.arjeplog().getJson("/api/v1/products/" + s.cheese()).getInt("stock"), "taken once");

        JsonObject known = (JsonObject) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/shops/" + s.fjallboden()
                + "/customers?phone=" + phone.replace("-", "").replace("070", "070%20"), staff, null));
        assertEquals("Greta Nilsson", known.getString("name"));
        assertEquals("Skolvägen 1", known.getString("street"));
        assertProblem(s.arjeplog().send("GET", "/api/v1/shops/" + s.fjallboden() + "/customers?phone=0000099999",
                staff, null), 404, "not-found");
        assertProblem(s.arjeplog().send("GET", "/api/v1/shops/" + s.slagnas() + "/customers?phone=" + phone,
                s.slagnasStaff().token(), null), 404, "not-found");

        assertProblem(s.arjeplog().post(path, staff, request(s, phone, s.bread()).build(), "Idempotency-Key",
                Shopping.newKey()), 400, "invalid-input");
        assertProblem(s.arjeplog().post(path, s.slagnasStaff().token(), order, "Idempotency-Key", Shopping.newKey()),
                403, "forbidden");
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").post(path, staff, order, "Idempotency-Key",
                Shopping.newKey()), 401, "not-authenticated");
        assertTrue(((JsonObject) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/shops/" + s.fjallboden()
                + "/orders?status=NEW&size=100", staff, null))).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().anyMatch(o -> o.getString("number").equals(first.getString("number"))),
                "it is in the shop's inbox");
    }

    private static JsonObjectBuilder request(TwoShops s, String phone, long product) {
        return Json.createObjectBuilder().add("name", "Greta Nilsson").add("phone", phone)
                .add("street", "Skolvägen 1").add("postalCode", "93090").add("villageId", s.laisvall())
                .add("delivery", "HOME_DELIVERY").add("payment", "PAY_ON_DELIVERY")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("productId", product)
                        .add("quantity", 2)));
    }
}
