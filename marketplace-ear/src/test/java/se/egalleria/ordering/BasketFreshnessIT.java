package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.AlsoOnEmbeddedH2;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/**
 * A basket shows its products as residents were shown them a moment ago (it keeps no copy of its
 * own): a shop's change of price, or a product hidden, reaches a basket already shown at once.
 */
@AlsoOnEmbeddedH2
class BasketFreshnessIT extends DeployedGallery {

    @Test
    void aNewPriceAndAHiddenProductReachABasketAlreadyShown() {
        TwoShops s = TwoShops.in(base);
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.bread(), 2);
        s.shopping().addOk(basket, s.cheese(), 1);
        JsonObject before = view(s, basket);
        assertEquals(4990 * 2 + 12500, before.getJsonNumber("totalOre").longValue());

        change(s, s.bread(), s.slagnasStaff().token(), 3990, true);
        change(s, s.cheese(), s.fjallbodenStaff().token(), 12500, false);

        JsonObject after = view(s, basket);
        assertEquals(3990 * 2, after.getJsonNumber("totalOre").longValue(), after.toString());
        assertEquals(1, after.getInt("removedUnavailable"), "the hidden cheese is taken out and said so");
        assertEquals(List.of(s.bread()), after.getJsonArray("shops").getValuesAs(JsonObject.class).stream()
                .flatMap(shop -> shop.getJsonArray("lines").getValuesAs(JsonObject.class).stream())
                .map(line -> line.getJsonNumber("productId").longValue()).toList());
    }

    @Test
    void anotherMunicipalityDoesNotKnowTheBasket() {
        TwoShops s = TwoShops.in(base);
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.bread(), 1);
        view(s, basket);
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        assertProblem(harjedalen.send("GET", "/api/v1/baskets/" + basket, null, null), 404, "not-found");
        assertProblem(harjedalen.send("PUT", "/api/v1/baskets/" + basket + "/items/" + s.bread(), null,
                Json.createObjectBuilder().add("quantity", 3).build()), 404, "not-found");
        assertEquals(1, view(s, basket).getInt("itemCount"), "unchanged");
    }

    private static JsonObject view(TwoShops s, String basket) {
        return s.arjeplog().getJson("/api/v1/baskets/" + basket);
    }

    private static void change(TwoShops s, long productId, String staffToken, long priceOre, boolean visible) {
        JsonObject now = s.arjeplog().getJson("/api/v1/products/" + productId);
        JsonObject body = Json.createObjectBuilder().add("name", now.getString("name")).add("description", "")
                .add("priceOre", priceOre).add("vatPercent", 12).add("unit", "ST").add("storage", "CHILLED")
                .add("visible", visible).add("version", now.getInt("version")).build();
        HttpResponse<String> changed = s.arjeplog().send("PUT", "/api/v1/products/" + productId, staffToken, body);
        assertEquals(200, changed.statusCode(), changed.body());
    }
}
