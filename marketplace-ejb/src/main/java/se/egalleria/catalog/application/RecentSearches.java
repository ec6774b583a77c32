package se.egalleria.catalog.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import se.egalleria.shared.cache.TenantGenerations;

/**
 * Which products a recent search of a municipality found, in their order: the ids only, so a page
 * shows the products as they are now (price, stock), read by key. Finding them reads every product
 * of every matching word and sorts them (tens of milliseconds for a common word among 100,000
 * products), and residents search for the same few words again and again. Browsing a category is
 * a search without words: for a parent category MariaDB sorted all its products for every page
 * (0.1 s for Livsmedel's 75,000 at {@code large}) instead of reading the name index in order.
 *
 * <p>Entries are keyed by municipality and by that municipality's generation of its products: a
 * change of products or shops on this node starts a new generation (at once and again when its
 * transaction ends, so a search in between cannot keep what it read before the commit), and older
 * entries are never read again. Other nodes of a cluster see a change when their entry is renewed,
 * after {@link #LIFETIME} (and the time one request takes to find the matches again), as the
 * category tree's counts do. Memory is bounded by the ids kept.
 */
@ApplicationScoped
class RecentSearches {

    static final Duration LIFETIME = Duration.ofSeconds(30);
    /** The first matches kept per search (100 pages of 20); later pages of a larger result are read as before. */
    static final int MAX_IDS_PER_SEARCH = 2_000;
    /** About 8 MB of ids. */
    private static final long MAX_IDS = 1_000_000;

    /** What was searched: the words as split (none when browsing), the filters and the order. */
    record Search(List<String> words, Long shopId, Long categoryId, ProductQuery.Sort sort) {
    }

    /** The first matching ids in order, and how many match in all. */
    record Matches(long[] ids, long total) {

        /** Whether the page lies within the ids kept (or past the end of the matches). */
        boolean covers(int offset, int size) {
            return offset + size <= ids.length || ids.length == total;
        }
    }

    private record Key(String tenant, long generation, Search search) {
    }

    /** Matches and when they were found. */
    private record Entry(Matches matches, long foundAt) {
    }

    /**
     * One renewal at a time on the node. Searches made at the same moment (a page's first visitors,
     * a start) expire together, and their renewals at once took both cores for a second or two: the
     * other requests waited behind them (W2's p99 719 ms on 2026-12-07). One at a time, the others
     * keep their older matches a little longer (never longer than two lifetimes: then they are gone
     * and found again by the request that misses them).
     */
    private final Semaphore renewal = new Semaphore(1);

    private final Ticker clock;
    private final Cache<Key, Entry> entries;

    private final TenantGenerations generations = new TenantGenerations();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    RecentSearches() {
        this(Ticker.systemTicker());
    }

    /** For tests: a given clock. */
    RecentSearches(Ticker clock) {
        this.clock = clock;
        entries = Caffeine.newBuilder()
                .maximumWeight(MAX_IDS)
                .weigher((Key key, Entry value) -> 1 + value.matches().ids().length)
                // Searches not repeated within two lifetimes are dropped; repeated ones are renewed.
                .expireAfterWrite(LIFETIME.multipliedBy(2))
                .ticker(clock)
                // Evictions run in the request's thread: no threads of the cache's own in the server.
                .executor(Runnable::run)
                .build();
    }

    /**
     * The matches of the search in the municipality, found by the loader when not known. Matches
     * older than {@link #LIFETIME} are found again by one request (one renewal at a time on the
     * node), while the others meanwhile keep the older ones (otherwise every busy connection would
     * wait for the same long read at once: W1's tail every 30 s).
     */
    Matches matches(String tenant, Search search, Supplier<Matches> loader) {
        Key key = new Key(tenant, generations.current(tenant), search);
        Entry entry = entries.get(key, k -> new Entry(loader.get(), clock.read()));
        if (clock.read() - entry.foundAt() >= LIFETIME.toNanos() && renewal.tryAcquire()) {
            try {
                Entry current = entries.getIfPresent(key);
                if (current != null && current != entry) {
                    return current.matches(); // renewed by another request meanwhile
                }
                Entry renewed = new Entry(loader.get(), clock.read());
                entries.asMap().replace(key, entry, renewed);
                return renewed.matches();
            } finally {
                renewal.release();
            }
        }
        return entry.matches();
    }

    /** The municipality's products or open shops changed: its searches are found again. */
    void changed(String tenant) {
        generations.advance(tenant, transactions);
    }
}
