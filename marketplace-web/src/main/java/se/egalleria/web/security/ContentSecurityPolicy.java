package se.egalleria.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The site's Content-Security-Policy, in one place:
 * <ul>
 * <li>{@link #STRICT} on every response that is not a rendered Faces page (API, pictures, style
 * sheets, downloads): nothing inline at all;</li>
 * <li>on rendered Faces pages PrimeFaces (CSP mode) sends {@link #getWithNonceToFollow()} with
 * its per-view nonce appended to script-src, so its own inline scripts (settings, widget
 * start-up) run and no other inline script does. Outside the back office that is the strict
 * policy plus the nonce; the back office (/shop/) also allows inline style attributes, see
 * {@link #BACK_OFFICE}.</li>
 * </ul>
 * {@link SecurityHeadersFilter} makes sure a response carries exactly one of them: browsers
 * enforce every policy they get, so a second, nonce-less {@code script-src 'self'} would block
 * PrimeFaces' scripts again.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

    private static final String REST = "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; ";

    /** Without nonce: responses that are not rendered Faces pages. */
    public static final String STRICT = "default-src 'self'; style-src 'self'; " + REST + "script-src 'self'";

    /**
     * The back office's pages: PrimeFaces' widgets write {@code style} attributes (a select menu's
     * list height, the progress bar's width), so inline style <em>attributes</em> are allowed
     * there. Style sheets and {@code <style>} elements still come from the site only, and no
     * style can run script.
     */
    static final String BACK_OFFICE = "default-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
            + REST + "script-src 'self'";

    /**
     * For PrimeFaces' {@code primefaces.CSP_POLICY}: it asks for it once per rendered page, right
     * before it adds its header, and appends {@code 'nonce-…';}, so script-src must be the last
     * directive. The strict policy {@link SecurityHeadersFilter} put on the response comes off
     * here, so that the page carries PrimeFaces' policy only.
     */
    public String getWithNonceToFollow() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getExternalContext().getResponse() instanceof HttpServletResponse response) {
            response.setHeader(SecurityHeadersFilter.CSP_HEADER, null);
        }
        UIViewRoot view = faces == null ? null : faces.getViewRoot();
        return view != null && view.getViewId() != null && view.getViewId().startsWith("/shop/") ? BACK_OFFICE : STRICT;
    }
}
