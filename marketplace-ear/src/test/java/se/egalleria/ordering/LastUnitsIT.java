package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
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

/** Many residents check out the last units at the same moment: exactly as many succeed as there are units. */
@AlsoOnEmbeddedH2
class LastUnitsIT extends DeployedGallery {

    private static final int UNITS = 3;
    private static final int BUYERS = 10;

    @Test
    void exactlyTheAvailableCountIsSold() throws Exception {
        TwoShops s = TwoShops.in(base);
        long lastOnes = s.shopping().product(s.slagnas(), s.slagnasStaff().token(), "Hjortronsylt " + Shopping.newKey()
                .substring(0, 8), 8900, UNITS);
        String listed = "/api/v1/products?q=" + s.arjeplog().getJson("/api/v1/products/" + lastOnes).getString("name")
                .replace(' ', '+');
        assertEquals(UNITS, s.arjeplog().getJson(listed).getJsonArray("items").getJsonObject(0).getInt("stock"),
                "shown, and so kept a while, before the sale");
        List<String> baskets = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            String basket = s.shopping().basket();
            s.shopping().addOk(basket, lastOnes, 1);
            baskets.add(basket);
        }

        ExecutorService pool = Executors.newFixedThreadPool(BUYERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> outcomes = new ArrayList<>();
        for (String basket : baskets) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return s.shopping().checkout(basket, null, s.shopping().contact(Accounts.newAddress("sylt"),
                        s.laisvall(), Json.createArrayBuilder().add(Shopping.choice(s.slagnas(), "SHOP_PICKUP")))
                        .build(), Shopping.newKey());
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> outcome : outcomes) {
            HttpResponse<String> response = outcome.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 409) {
                assertEquals(true, response.body().contains("Hjortronsylt"), response.body());
            }
        }
        pool.shutdown();

        assertEquals(UNITS, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(BUYERS - UNITS, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        assertEquals(0, s.arjeplog().getJson("/api/v1/products/" + lastOnes).getInt("stock"), "the page shows it at once");
        assertEquals(0, s.arjeplog().getJson(listed).getJsonArray("items").getJsonObject(0).getInt("stock"),
                "and so does the list");
    }
}
