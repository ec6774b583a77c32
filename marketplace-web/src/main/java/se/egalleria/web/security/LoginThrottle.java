package se.egalleria.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing from one address across many accounts (the per-account lockout
 * stops guessing at one account). In memory, per server node: a first line, not the only one.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    @Inject
    @ConfigProperty(name = "egalleria.login.max-per-minute", defaultValue = "60")
    private int maxPerMinute;

    private final ConcurrentMap<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    /** Counts an attempt from this address; false when it is over the limit. */
    public boolean tryAcquire(String address) {
        Instant now = Instant.now();
        if (attempts.size() > MAX_TRACKED_ADDRESSES) {
            attempts.clear();
        }
        Deque<Instant> recent = attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
                recent.pollFirst();
            }
            if (recent.size() >= maxPerMinute) {
                return false;
            }
            recent.addLast(now);
            return true;
        }
    }

    public Duration retryAfter() {
        return WINDOW;
    }
}
