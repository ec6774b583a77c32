package se.egalleria.web.faces.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.primefaces.cache.CacheProvider;

/**
 * Where {@code <p:cache>} keeps rendered parts of residents' pages: bounded and short-lived.
 * PrimeFaces' own default provider keeps every entry for ever, and our keys change with the
 * catalogue (see {@code ProductBrowseView}), so old entries would pile up. The lifetime bounds
 * what the keys do not carry (a shop renamed, another node's changes). Named in web.xml
 * ({@code primefaces.CACHE_PROVIDER}).
 */
public class RenderedFragments implements CacheProvider {

    static final Duration LIFETIME = Duration.ofSeconds(10);
    /** Characters kept in all (some 64 MB). */
    private static final long MAX_CHARS = 32_000_000;

    private record Key(String region, String key) {
    }

    private final Cache<Key, Object> fragments = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARS)
            .weigher((Key key, Object value) -> 1 + key.key().length() + (value instanceof String s ? s.length() : 0))
            .expireAfterWrite(LIFETIME)
            // Evictions run in the request's thread: no threads of the cache's own in the server.
            .executor(Runnable::run)
            .build();

    @Override
    public Object get(String region, String key) {
        return fragments.getIfPresent(new Key(region, key));
    }

    @Override
    public void put(String region, String key, Object object) {
        fragments.put(new Key(region, key), object);
    }

    @Override
    public void remove(String region, String key) {
        fragments.invalidate(new Key(region, key));
    }

    @Override
    public void clear() {
        fragments.invalidateAll();
    }
}
