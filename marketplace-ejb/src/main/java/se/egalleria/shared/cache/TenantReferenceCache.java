package se.egalleria.shared.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import se.egalleria.tenancy.application.TenantContext;

/**
 * Small reference data of one municipality (its category tree, its shops' names), kept in memory
 * for a short while. Tenant-owned entities never enter EclipseLink's shared cache (a shared cache
 * leaked rows between tenants), so without this every list page would read them again.
 *
 * <p>Entries are keyed by area and tenant, so one municipality never sees another's. A change made
 * on this node drops the entry at once and again when its transaction ends (so a reader in between
 * cannot keep the old value); other nodes of a cluster see the change when their entry expires,
 * after {@link #LIFETIME} and the time one request takes to load it again (the others keep the
 * expired value meanwhile). Values must be immutable.
 */
@ApplicationScoped
public class TenantReferenceCache {

    static final Duration LIFETIME = Duration.ofSeconds(30);

    private record Key(String area, String tenant) {
    }

    /** A value and when it was loaded; {@code reloading} lets one request at a time renew it. */
    private record Entry(Object value, long loadedAt, AtomicBoolean reloading) {

        Entry(Object value, long loadedAt) {
            this(value, loadedAt, new AtomicBoolean());
        }
    }

    private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    private TenantContext tenantContext;

    private final LongSupplier clock;

    public TenantReferenceCache() {
        this.clock = System::nanoTime;
    }

    /** For tests: a given municipality context and clock (nanoseconds). */
    TenantReferenceCache(TenantContext tenantContext, LongSupplier clock) {
        this.tenantContext = tenantContext;
        this.clock = clock;
    }

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The current municipality's value of the area, loaded when missing or older than the lifetime. */
    @SuppressWarnings("unchecked")
    public <T> T get(String area, Supplier<T> loader) {
        if (tenantContext.current().isEmpty()) {
            return loader.get(); // work that names its tenant itself (start-up): nothing to share
        }
        Key key = new Key(area, tenantContext.require());
        long now = clock.getAsLong();
        Entry entry = entries.get(key);
        if (entry == null) {
            entry = new Entry(loader.get(), now);
            entries.put(key, entry);
        } else if (now - entry.loadedAt() > LIFETIME.toNanos() && entry.reloading().compareAndSet(false, true)) {
            // One request renews an expired value; the others meanwhile keep the one it replaces
            // (it reflects every change made on this node, which drops entries instead of letting
            // them expire). Otherwise every busy connection would run the same load at once.
            Entry expired = entry;
            try {
                entry = new Entry(loader.get(), now);
                // Not kept if a change dropped the entry while it loaded: it may predate the change.
                entries.replace(key, expired, entry);
            } finally {
                expired.reloading().set(false);
            }
        }
        return (T) entry.value();
    }

    /**
     * A value keyed explicitly (platform-wide data, such as which municipality a host name belongs
     * to), loaded when missing or older than the lifetime. An empty {@code Optional} is not kept, so
     * that unknown keys (any host name a client sends) cannot fill the memory.
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> getFor(String area, String key, Supplier<Optional<T>> loader) {
        Key k = new Key(area, key);
        long now = clock.getAsLong();
        Entry entry = entries.get(k);
        if (entry != null && now - entry.loadedAt() <= LIFETIME.toNanos()) {
            return Optional.of((T) entry.value());
        }
        Optional<T> loaded = loader.get();
        loaded.ifPresentOrElse(value -> entries.put(k, new Entry(value, now)), () -> entries.remove(k));
        return loaded;
    }

    /** Every key of the area changed (e.g. a municipality's settings, read under several keys). */
    public void changedAll(String area) {
        entries.keySet().removeIf(k -> k.area().equals(area));
        AfterTransaction.again(transactions, () -> entries.keySet().removeIf(k -> k.area().equals(area)));
    }

    /** The area of this municipality changed: forget it now and when the current transaction ends. */
    public void changed(String area, String tenant) {
        Key key = new Key(area, tenant);
        entries.remove(key);
        AfterTransaction.again(transactions, () -> entries.remove(key));
    }

    /** The same for the current request's municipality. */
    public void changed(String area) {
        changed(area, tenantContext.require());
    }
}
