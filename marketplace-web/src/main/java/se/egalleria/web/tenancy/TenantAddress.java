package se.egalleria.web.tenancy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a request says its municipality is: a path prefix {@code /g/{slug}/...} (which wins), or
 * else the host name without port.
 */
public record TenantAddress(String host, Optional<String> pathSlug, String pathInside) {

    public static final String PATH_PREFIX = "/g/";
    private static final Pattern PREFIXED = Pattern.compile("^/g/([^/]+)(/.*)?$");

    /** {@code hostHeader} as the client sent it (may carry a port); {@code path} without context path. */
    public static TenantAddress of(String hostHeader, String path) {
        String host = hostWithoutPort(hostHeader == null ? "" : hostHeader.strip().toLowerCase(Locale.ROOT));
        Matcher prefixed = PREFIXED.matcher(path == null ? "" : path);
        if (prefixed.matches()) {
            String rest = prefixed.group(2) == null ? "/" : prefixed.group(2);
            return new TenantAddress(host, Optional.of(prefixed.group(1).toLowerCase(Locale.ROOT)), rest);
        }
        return new TenantAddress(host, Optional.empty(), path);
    }

    /** The prefix that links must carry to stay in the same gallery; empty for host-based requests. */
    public String linkPrefix() {
        return pathSlug.map(slug -> PATH_PREFIX + slug).orElse("");
    }

    private static String hostWithoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(0, end + 1) : host;
        }
        int colon = host.lastIndexOf(':');
        String withoutPort = colon >= 0 ? host.substring(0, colon) : host;
        return withoutPort.endsWith(".") ? withoutPort.substring(0, withoutPort.length() - 1) : withoutPort;
    }
}
