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
import se.egalleria.testsupport.AlsoOnEmbeddedH2;
import se.egalleria.testsupport.DeployedGallery;

/**
 * Residents filling baskets of their own at the same moment do not stand in each other's way: a
 * basket's change locks that basket only (on MariaDB, locking its lines in the same statement
 * also locked the gaps beside them, and baskets made one after another deadlocked).
 */
@AlsoOnEmbeddedH2
class SimultaneousBasketsIT extends DeployedGallery {

    private static final int RESIDENTS = 8;
    private static final int ROUNDS = 15;

    @Test
    void eightResidentsPuttingInAndTakingOutAtOnceAllSucceed() throws Exception {
        TwoShops s = TwoShops.in(base);
        List<String> baskets = new ArrayList<>();
        for (int i = 0; i < RESIDENTS; i++) {
            baskets.add(s.shopping().basket());
        }
        ExecutorService pool = Executors.newFixedThreadPool(RESIDENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> residents = new ArrayList<>();
        for (String basket : baskets) {
            residents.add(pool.submit(() -> {
                start.await();
                List<String> failures = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    // Each round adds lines and takes one out again, so every change writes a line.
                    for (long product : List.of(s.bread(), s.cheese())) {
                        HttpResponse<String> put = hold(s, basket, product, round % 2 == 0 ? 1 : 0);
                        if (put.statusCode() != 200) {
                            failures.add(put.statusCode() + " " + put.body());
                        }
                    }
                }
                return failures;
            }));
        }
        start.countDown();
        List<String> failures = new ArrayList<>();
        for (Future<List<String>> resident : residents) {
            failures.addAll(resident.get());
        }
        pool.shutdown();

        assertEquals(List.of(), failures);
        for (String basket : baskets) {
            // The last round (14) put both products in.
            assertEquals(2, s.arjeplog().getJson("/api/v1/baskets/" + basket).getInt("itemCount"), basket);
        }
    }

    private static HttpResponse<String> hold(TwoShops s, String basket, long product, int quantity) {
        return s.arjeplog().send("PUT", "/api/v1/baskets/" + basket + "/items/" + product, null,
                Json.createObjectBuilder().add("quantity", quantity).build());
    }
}
