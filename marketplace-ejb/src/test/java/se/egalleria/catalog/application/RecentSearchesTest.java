package se.egalleria.catalog.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentSearchesTest {

    private static final RecentSearches.Search MJOLK =
            new RecentSearches.Search(List.of("mjölk"), null, null, ProductQuery.Sort.RELEVANCE);

    private final AtomicLong now = new AtomicLong();
    private final RecentSearches searches = new RecentSearches(now::get);
    private final AtomicInteger loads = new AtomicInteger();

    private RecentSearches.Matches found(long... ids) {
        loads.incrementAndGet();
        return new RecentSearches.Matches(ids, ids.length);
    }

    @Test
    void aRepeatedSearchIsNotFoundAgainWithinItsLifetime() {
        searches.matches("arjeplog", MJOLK, () -> found(1, 2));
        now.addAndGet(RecentSearches.LIFETIME.toNanos() - 1);
        assertArrayEquals(new long[] {1, 2}, searches.matches("arjeplog", MJOLK, () -> found(3)).ids());
        now.addAndGet(1);
        assertArrayEquals(new long[] {3}, searches.matches("arjeplog", MJOLK, () -> found(3)).ids(),
                "renewed: another node's change shows after the lifetime");
        assertArrayEquals(new long[] {3}, searches.matches("arjeplog", MJOLK, () -> found(4)).ids());
        assertEquals(2, loads.get());
    }

    @Test
    void whileOneRequestFindsAnExpiredSearchAgainTheOthersKeepTheOldMatches() throws Exception {
        searches.matches("arjeplog", MJOLK, () -> found(1));
        now.addAndGet(RecentSearches.LIFETIME.toNanos());
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<long[]> renewing = renewingUntil(finish, MJOLK, 2);
        assertArrayEquals(new long[] {1}, searches.matches("arjeplog", MJOLK, () -> found(9)).ids(),
                "not waiting for the renewal");
        finish.countDown();
        assertArrayEquals(new long[] {2}, renewing.get(5, TimeUnit.SECONDS));
        assertArrayEquals(new long[] {2}, searches.matches("arjeplog", MJOLK, () -> found(9)).ids());
    }

    @Test
    void whileOneSearchIsRenewedAnotherExpiredOneKeepsItsMatchesUntilTheRenewalIsDone() throws Exception {
        RecentSearches.Search ost = new RecentSearches.Search(List.of("ost"), null, null, ProductQuery.Sort.RELEVANCE);
        searches.matches("arjeplog", MJOLK, () -> found(1));
        searches.matches("arjeplog", ost, () -> found(10));
        now.addAndGet(RecentSearches.LIFETIME.toNanos());
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<long[]> renewing = renewingUntil(finish, MJOLK, 2);
        assertArrayEquals(new long[] {10}, searches.matches("arjeplog", ost, () -> found(11)).ids(),
                "not renewed while another renewal runs");
        finish.countDown();
        assertArrayEquals(new long[] {2}, renewing.get(5, TimeUnit.SECONDS));
        assertArrayEquals(new long[] {11}, searches.matches("arjeplog", ost, () -> found(11)).ids(),
                "renewed by the next request once the other is done");
    }

    @Test
    void aSearchNotRepeatedForTwoLifetimesIsFoundAgain() {
        searches.matches("arjeplog", MJOLK, () -> found(1));
        now.addAndGet(RecentSearches.LIFETIME.toNanos() * 2 + 1);
        assertArrayEquals(new long[] {5}, searches.matches("arjeplog", MJOLK, () -> found(5)).ids());
    }

    /** A renewal of the search on another thread, under way (its loader waits for {@code finish}) when this returns. */
    private CompletableFuture<long[]> renewingUntil(CountDownLatch finish, RecentSearches.Search search, long... ids)
            throws InterruptedException {
        CountDownLatch finding = new CountDownLatch(1);
        CompletableFuture<long[]> renewing = CompletableFuture.supplyAsync(() -> searches.matches("arjeplog", search,
                () -> {
                    finding.countDown();
                    await(finish);
                    return found(ids);
                }).ids());
        assertTrue(finding.await(5, TimeUnit.SECONDS));
        return renewing;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachMunicipalityHasItsOwnResultsOfTheSameSearch() {
        searches.matches("arjeplog", MJOLK, () -> found(1, 2));
        assertArrayEquals(new long[] {7}, searches.matches("sorsele", MJOLK, () -> found(7)).ids());
        assertArrayEquals(new long[] {1, 2}, searches.matches("arjeplog", MJOLK, () -> found(9)).ids());
    }

    @Test
    void aChangeOfProductsFindsTheMunicipalitysSearchesAgainAndOnlyItsOwn() {
        searches.matches("arjeplog", MJOLK, () -> found(1));
        searches.matches("sorsele", MJOLK, () -> found(7));
        searches.changed("arjeplog");
        assertArrayEquals(new long[] {1, 5}, searches.matches("arjeplog", MJOLK, () -> found(1, 5)).ids());
        assertArrayEquals(new long[] {7}, searches.matches("sorsele", MJOLK, () -> found(8)).ids());
    }

    @Test
    void anotherFilterOrOrderIsAnotherSearch() {
        searches.matches("arjeplog", MJOLK, () -> found(1, 2));
        RecentSearches.Search byPrice = new RecentSearches.Search(List.of("mjölk"), null, null,
                ProductQuery.Sort.PRICE_ASCENDING);
        RecentSearches.Search inShop = new RecentSearches.Search(List.of("mjölk"), 4L, null, ProductQuery.Sort.RELEVANCE);
        assertArrayEquals(new long[] {2, 1}, searches.matches("arjeplog", byPrice, () -> found(2, 1)).ids());
        assertArrayEquals(new long[] {2}, searches.matches("arjeplog", inShop, () -> found(2)).ids());
        assertEquals(3, loads.get());
    }

    @Test
    void aPageBeyondTheKeptIdsIsNotCoveredUnlessTheMatchesEndThere() {
        RecentSearches.Matches firstOfMany = new RecentSearches.Matches(new long[] {1, 2, 3, 4}, 10);
        assertTrue(firstOfMany.covers(0, 4));
        assertFalse(firstOfMany.covers(2, 4));
        assertTrue(new RecentSearches.Matches(new long[] {1, 2, 3}, 3).covers(20, 20), "past the end: empty page");
    }
}
