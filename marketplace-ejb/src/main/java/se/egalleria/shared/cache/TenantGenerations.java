package se.egalleria.shared.cache;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A count of changes per municipality, for caches whose keys carry it: entries of an older
 * generation are never read again, so a change forgets all of a municipality's entries at once
 * without walking them.
 */
public final class TenantGenerations {

    private final ConcurrentMap<String, AtomicLong> generations = new ConcurrentHashMap<>();

    /** The municipality's current generation: taken before reading, so that a change meanwhile is not kept. */
    public long current(String tenant) {
        return counter(tenant).get();
    }

    /** Starts a new generation at once and again when the transaction ends (see {@link AfterTransaction}). */
    public void advance(String tenant, TransactionSynchronizationRegistry transactions) {
        AtomicLong generation = counter(tenant);
        generation.incrementAndGet();
        AfterTransaction.again(transactions, generation::incrementAndGet);
    }

    private AtomicLong counter(String tenant) {
        return generations.computeIfAbsent(tenant, t -> new AtomicLong());
    }
}
