package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.AlsoOnEmbeddedH2;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.Shopping;

/**
 * A phone app on a bad connection sends the same checkout (same basket, same Idempotency-Key)
 * several times at once: one set of orders is placed and every answer names it.
 */
@AlsoOnEmbeddedH2
class SimultaneousRetriesIT extends DeployedGallery {

    private static final int SENDS = 6;

    @Test
    void theSameCheckoutSentSixTimesAtOncePlacesOneSetOfOrders() throws Exception {
        TwoShops s = TwoShops.in(base);
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.cheese(), 2);
        s.shopping().addOk(basket, s.bread(), 1);
        JsonObject body = s.homeAndServicePoint(Accounts.newAddress("retries"));
        String key = Shopping.newKey();

        ExecutorService pool = Executors.newFixedThreadPool(SENDS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < SENDS; i++) {
            sent.add(pool.submit(() -> {
                start.await();
                return s.shopping().checkout(basket, null, body, key);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> response : sent) {
            HttpResponse<String> answer = response.get();
            statuses.add(answer.statusCode());
            answers.add(answer.body());
        }
        pool.shutdown();

        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses + " " + answers);
        assertEquals(SENDS - 1, statuses.stream().filter(status -> status == 200).count(), statuses + " " + answers);
        List<JsonObject> results = answers.stream().map(SimultaneousRetriesIT::json).toList();
        long checkoutId = results.get(0).getJsonNumber("checkoutId").longValue();
        List<String> numbers = numbers(results.get(0));
        assertEquals(2, numbers.size());
        for (JsonObject result : results) {
            assertEquals(checkoutId, result.getJsonNumber("checkoutId").longValue(), "one checkout");
            assertEquals(numbers, numbers(result), "the same orders in every answer");
        }
        assertEquals(8, s.arjeplog().getJson("/api/v1/products/" + s.cheese()).getInt("stock"), "stock taken once");
        String token = results.get(0).getString("followToken");
        assertEquals(numbers, numbers(s.arjeplog().getJson("/api/v1/checkouts/" + checkoutId + "?token=" + token)));
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static List<String> numbers(JsonObject result) {
        return result.getJsonArray("orders").getValuesAs(JsonObject.class).stream().map(o -> o.getString("number"))
                .sorted().toList();
    }
}
