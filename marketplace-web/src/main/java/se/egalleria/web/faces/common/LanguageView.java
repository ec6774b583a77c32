package se.egalleria.web.faces.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import se.egalleria.web.i18n.Messages;

/**
 * The language of the page: {@code ?lang=en} or {@code ?lang=sv} switches and is remembered in a
 * cookie (no server session needed); otherwise the municipality's default language.
 */
@Named
@RequestScoped
public class LanguageView {

    static final String PARAMETER = "lang";
    static final String COOKIE = "egalleria-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    private BrandingView branding;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve(FacesContext.getCurrentInstance().getExternalContext());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /**
     * This very page in the other language: the address the browser asked for (a page reached
     * by /g/&lt;slug&gt;/ was forwarded inside, so the original is in the forward attributes) with
     * its query kept, so a product, an order or a search stays on screen.
     */
    public String getSwitchHref() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        Object forwardedUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = forwardedUri != null ? forwardedUri.toString() : request.getRequestURI();
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwardedUri != null ? (forwardedQuery == null ? null : forwardedQuery.toString())
                : request.getQueryString();
        return LanguageLinks.switchTo(path, query, getOtherLanguage());
    }

    /** The other language, offered as a one-click switch. */
    public String getOtherLanguage() {
        return "en".equals(getLanguage()) ? "sv" : "en";
    }

    private Locale resolve(ExternalContext external) {
        String asked = external.getRequestParameterMap().get(PARAMETER);
        if ("sv".equals(asked) || "en".equals(asked)) {
            external.addResponseCookie(COOKIE, asked, Map.of("maxAge", ONE_YEAR, "path", "/", "httpOnly", true,
                    "SameSite", "Lax"));
            return Locale.forLanguageTag(asked);
        }
        Cookie[] cookies = ((HttpServletRequest) external.getRequest()).getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && ("sv".equals(cookie.getValue()) || "en".equals(cookie.getValue()))) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return Messages.supported(Locale.forLanguageTag(branding.getDefaultLanguage()));
    }
}
