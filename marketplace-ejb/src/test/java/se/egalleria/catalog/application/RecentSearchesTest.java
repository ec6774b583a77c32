package se.egalleria.catalog.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
                "expired: another node's change shows after the lifetime");
        assertEquals(2, loads.get());
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
