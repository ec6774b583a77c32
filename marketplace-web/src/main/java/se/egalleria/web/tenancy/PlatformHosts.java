package se.egalleria.web.tenancy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Host names that serve the platform itself (the list of galleries) rather than one
 * municipality. Configured with {@code egalleria.platform-hosts} / {@code EGALLERIA_PLATFORM_HOSTS}.
 */
public record PlatformHosts(Set<String> hosts) {

    /** Used by MicroProfile Config to convert the comma-separated property. */
    public static PlatformHosts of(String commaSeparated) {
        return new PlatformHosts(Arrays.stream(commaSeparated.split(","))
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean contains(String host) {
        return hosts.contains(host);
    }
}
