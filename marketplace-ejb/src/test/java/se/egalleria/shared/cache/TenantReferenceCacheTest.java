package se.egalleria.shared.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import se.egalleria.tenancy.application.TenantContext;

class TenantReferenceCacheTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger loads = new AtomicInteger();

    private TenantReferenceCache cacheOf(String tenant) {
        TenantContext context = new TenantContext();
        context.enter(tenant);
        return new TenantReferenceCache(context, now::get);
    }

    private String load(String value) {
        loads.incrementAndGet();
        return value;
    }

    @Test
    void keepsAValueForItsLifetimeThenLoadsItAgain() {
        TenantReferenceCache cache = cacheOf("arjeplog");
        assertEquals("v1", cache.get("tree", () -> load("v1")));
        now.addAndGet(TenantReferenceCache.LIFETIME.toNanos());
        assertEquals("v1", cache.get("tree", () -> load("v2")), "still within its lifetime");
        now.incrementAndGet();
        assertEquals("v2", cache.get("tree", () -> load("v2")));
        assertEquals(2, loads.get());
    }

    @Test
    void whileOneRequestRenewsAnExpiredValueTheOthersKeepTheOldOne() throws Exception {
        TenantReferenceCache cache = cacheOf("arjeplog");
        cache.get("tree", () -> load("old"));
        now.addAndGet(TenantReferenceCache.LIFETIME.toNanos() + 1);
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Object> renewing = CompletableFuture.supplyAsync(() -> cache.get("tree", () -> {
            loading.countDown();
            await(finish);
            return load("new");
        }));
        assertTrue(loading.await(5, TimeUnit.SECONDS));
        assertEquals("old", cache.get("tree", () -> load("not asked")), "no second load at the same time");
        finish.countDown();
        assertEquals("new", renewing.get(5, TimeUnit.SECONDS));
        assertEquals("new", cache.get("tree", () -> load("not asked")));
        assertEquals(2, loads.get());
    }

    @Test
    void aValueLoadedWhileAChangeDroppedTheEntryIsNotKept() {
        TenantReferenceCache cache = cacheOf("arjeplog");
        cache.get("tree", () -> load("old"));
        now.addAndGet(TenantReferenceCache.LIFETIME.toNanos() + 1);
        assertEquals("read before the change", cache.get("tree", () -> {
            cache.changed("tree", "arjeplog");
            return load("read before the change");
        }));
        assertEquals("after", cache.get("tree", () -> load("after")));
    }

    @Test
    void aFailedRenewalLetsTheNextRequestTryAgain() {
        TenantReferenceCache cache = cacheOf("arjeplog");
        cache.get("tree", () -> load("old"));
        now.addAndGet(TenantReferenceCache.LIFETIME.toNanos() + 1);
        assertThrows(IllegalStateException.class, () -> cache.get("tree", () -> {
            throw new IllegalStateException("database gone");
        }));
        assertEquals("new", cache.get("tree", () -> load("new")));
    }

    @Test
    void oneMunicipalityNeverSeesAnothersValue() {
        RequestsTenant request = new RequestsTenant();
        TenantReferenceCache cache = new TenantReferenceCache(request, now::get);
        request.tenant = "arjeplog";
        cache.get("tree", () -> load("arjeplog's"));
        request.tenant = "harjedalen";
        assertEquals("härjedalen's", cache.get("tree", () -> load("härjedalen's")));
        request.tenant = "arjeplog";
        assertEquals("arjeplog's", cache.get("tree", () -> load("not asked")));
        assertEquals(2, loads.get());
    }

    /** The application's one cache sees each request's municipality through its context. */
    private static final class RequestsTenant extends TenantContext {

        private String tenant;

        @Override
        public Optional<String> current() {
            return Optional.ofNullable(tenant);
        }

        @Override
        public String require() {
            return tenant;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
