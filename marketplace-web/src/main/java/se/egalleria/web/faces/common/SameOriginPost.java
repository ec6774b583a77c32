package se.egalleria.web.faces.common;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Whether a plain HTML form's POST (one without Faces' view state, which is otherwise the CSRF
 * token) was sent from a page of this site: the browser's {@code Origin} header, or its
 * {@code Referer} where it sends no origin, must name the host the request was sent to. A request
 * with neither (some privacy settings) is taken as it is; the session cookie's {@code SameSite=Lax}
 * keeps it out of other sites' POSTs anyway.
 */
public final class SameOriginPost {

    private SameOriginPost() {
    }

    public static boolean isForeign(HttpServletRequest request) {
        String host = request.getHeader("Host");
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.isBlank()) {
            return !authorityOf(origin).equalsIgnoreCase(host == null ? "" : host);
        }
        String referer = request.getHeader("Referer");
        return referer != null && !referer.isBlank() && !authorityOf(referer).equalsIgnoreCase(host == null ? "" : host);
    }

    private static String authorityOf(String url) {
        try {
            String authority = URI.create(url.strip()).getRawAuthority();
            return authority == null ? "" : authority;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
