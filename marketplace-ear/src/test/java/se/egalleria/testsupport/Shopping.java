package se.egalleria.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A resident's basket and checkout through the API, and shops' products to buy, for ordering tests. */
public final class Shopping {

    private final GalleryClient gallery;

    public Shopping(GalleryClient gallery) {
        this.gallery = gallery;
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    public static long shopId(GalleryClient gallery, String name) {
        return gallery.getJson("/api/v1/shops?size=100").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(shop -> shop.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    public long villageId(String name) {
        return gallery.getJson("/api/v1/municipality").getJsonArray("villages").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** A visible product made by the shop's staff; stock null: always available. */
    public long product(long shopId, String staffToken, String name, long priceOre, Integer stock) {
        JsonObjectBuilder product = Json.createObjectBuilder().add("name", name).add("description", "")
                .add("priceOre", priceOre).add("vatPercent", 12).add("unit", "ST").add("storage", "CHILLED");
        if (stock != null) {
            product.add("stock", stock);
        }
        HttpResponse<String> created = gallery.post("/api/v1/shops/" + shopId + "/products", staffToken,
                product.build());
        assertEquals(201, created.statusCode(), created.body());
        return ((JsonObject) GalleryClient.json(created)).getJsonNumber("id").longValue();
    }

    /** A new basket's token. */
    public String basket() {
        HttpResponse<String> created = gallery.post("/api/v1/baskets", null, Json.createObjectBuilder().build());
        assertEquals(201, created.statusCode(), created.body());
        return ((JsonObject) GalleryClient.json(created)).getString("token");
    }

    public HttpResponse<String> add(String basket, long productId, int quantity) {
        return gallery.post("/api/v1/baskets/" + basket + "/items", null,
                Json.createObjectBuilder().add("productId", productId).add("quantity", quantity).build());
    }

    public void addOk(String basket, long productId, int quantity) {
        HttpResponse<String> added = add(basket, productId, quantity);
        assertEquals(200, added.statusCode(), added.body());
    }

    /** Contact details of a guest in a village, paying on delivery; add shop choices with {@link #choice}. */
    public JsonObjectBuilder contact(String email, long villageId, JsonArrayBuilder choices) {
        return contact(email, "Byvägen 3", villageId, choices);
    }

    /** The same, at another street address (another household). */
    public JsonObjectBuilder contact(String email, String street, long villageId, JsonArrayBuilder choices) {
        return Json.createObjectBuilder().add("name", "Elsa Lindqvist").add("email", email)
                .add("phone", "070-123 45 67").add("street", street).add("postalCode", "930 90")
                .add("villageId", villageId).add("instructions", "Ring på, det tar en stund").add("payment",
                        "PAY_ON_DELIVERY").add("shops", choices);
    }

    public static JsonObject choice(long shopId, String delivery) {
        return Json.createObjectBuilder().add("shopId", shopId).add("delivery", delivery).build();
    }

    public HttpResponse<String> checkout(String basket, String token, JsonObject body, String key) {
        return gallery.post("/api/v1/baskets/" + basket + "/checkout", token, body, "Idempotency-Key", key);
    }
}
