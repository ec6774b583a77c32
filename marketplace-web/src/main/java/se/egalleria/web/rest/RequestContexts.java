package se.egalleria.web.rest;

import jakarta.servlet.http.HttpServletRequest;
import se.egalleria.account.application.LinkContext;
import se.egalleria.web.i18n.Messages;
import se.egalleria.web.tenancy.TenantFilter;

/** What services need to know about the request: where e-mailed links should point, in which language. */
public final class RequestContexts {

    private RequestContexts() {
    }

    /**
     * The gallery's address as the caller reached it. The Host header is safe to echo here: the
     * tenant filter has already refused every host that is not a known gallery's.
     */
    public static LinkContext links(HttpServletRequest request) {
        return links(request, Messages.fromAcceptLanguage(request.getHeader("Accept-Language")));
    }

    public static LinkContext links(HttpServletRequest request, java.util.Locale locale) {
        Object prefix = request.getAttribute(TenantFilter.LINK_PREFIX);
        String base = request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath()
                + (prefix == null ? "" : prefix);
        return new LinkContext(base, locale);
    }

    /** The bearer token of the request, if any. */
    public static String bearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
    }
}
