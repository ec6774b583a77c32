package se.egalleria.catalog.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.egalleria.shared.cache.AfterTransaction;
import se.egalleria.shared.cache.TenantGenerations;

/**
 * Products as residents were last shown them, for a few seconds: a product list or page read the
 * same popular products by key again and again (two statements and a summary each time, half of a
 * product page's cost). Only the residents' side reads through it; baskets, checkout and the shops'
 * own pages read the database.
 *
 * <p>Entries are keyed by municipality and its generation (as {@link RecentSearches}'): a change of
 * products, categories or open shops on this node starts a new generation, and a product whose stock
 * or picture changed here is forgotten, each at once and again when the transaction ends. Other
 * nodes of a cluster show such a change after at most {@link #LIFETIME}; the checkout always reads
 * and locks the products themselves, so a stale price or stock shown cannot be sold.
 */
@ApplicationScoped
class RecentProducts {

    static final Duration LIFETIME = Duration.ofSeconds(10);
    /** Some 2 KB each: about 100 MB at most. */
    private static final long MAX_PRODUCTS = 50_000;

    private record Key(String tenant, long generation, long productId) {
    }

    private final Cache<Key, ProductSummary> entries;
    private final TenantGenerations generations = new TenantGenerations();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    RecentProducts() {
        this(Ticker.systemTicker());
    }

    /** For tests: a given clock. */
    RecentProducts(Ticker clock) {
        entries = Caffeine.newBuilder()
                .maximumSize(MAX_PRODUCTS)
                .expireAfterWrite(LIFETIME)
                .ticker(clock)
                // Evictions run in the request's thread: no threads of the cache's own in the server.
                .executor(Runnable::run)
                .build();
    }

    /** The known ones among the products of the municipality, by id. */
    Map<Long, ProductSummary> known(String tenant, Collection<Long> productIds) {
        long generation = generation(tenant);
        Map<Long, ProductSummary> known = new HashMap<>();
        for (Long id : productIds) {
            ProductSummary summary = entries.getIfPresent(new Key(tenant, generation, id));
            if (summary != null) {
                known.put(id, summary);
            }
        }
        return known;
    }

    /** Keeps what was just read, for the generation in which it was read. */
    void keep(String tenant, long generation, List<ProductSummary> summaries) {
        for (ProductSummary summary : summaries) {
            entries.put(new Key(tenant, generation, summary.id()), summary);
        }
    }

    /** The municipality's current generation: taken before reading, so that a change meanwhile is not kept. */
    long generation(String tenant) {
        return generations.current(tenant);
    }

    /**
     * These products' stock or picture changed. A read that began before the commit and ends after
     * it may still keep what it read, for at most {@link #LIFETIME}, as on another node.
     */
    void forget(String tenant, Collection<Long> productIds) {
        List<Long> ids = List.copyOf(productIds);
        Runnable forget = () -> {
            long generation = generation(tenant);
            ids.forEach(id -> entries.invalidate(new Key(tenant, generation, id)));
        };
        forget.run();
        AfterTransaction.again(transactions, forget);
    }

    /** The municipality's products, categories or open shops changed. */
    void changed(String tenant) {
        generations.advance(tenant, transactions);
    }
}
