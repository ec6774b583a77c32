package se.egalleria.web.faces.common;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The address of the same page in another language: the page's own path and query, with lang set. */
final class LanguageLinks {

    private LanguageLinks() {
    }

    /**
     * {@code path} as the browser asked for it (with any /g/&lt;slug&gt;/ prefix), {@code query}
     * still encoded (or null); any earlier lang parameter is replaced.
     */
    static String switchTo(String path, String query, String language) {
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !isLanguage(pair))
                .collect(Collectors.joining("&"));
        // "//host/..." would leave the gallery: the link stays on this host whatever was asked for.
        String local = "/" + path.replaceFirst("^/+", "");
        return local + "?" + (kept.isEmpty() ? "" : kept + "&") + LanguageView.PARAMETER + "=" + language;
    }

    private static boolean isLanguage(String pair) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        return LanguageView.PARAMETER.equals(URLDecoder.decode(name, StandardCharsets.UTF_8));
    }
}
