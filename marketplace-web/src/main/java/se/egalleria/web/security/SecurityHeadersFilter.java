package se.egalleria.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers every response carries, pages and error pages included.
 *
 * <p>Content-Security-Policy: the strict policy ({@link ContentSecurityPolicy#STRICT}: scripts and
 * styles from the site only, nothing inline) goes on every response first. A rendered Faces page
 * gets PrimeFaces' policy instead: PrimeFaces runs in CSP mode and sends the same policy with its
 * per-view nonce added to script-src, so that its inline start-up scripts run. PrimeFaces adds its
 * header; browsers enforce every policy they receive, so ours would block those scripts:
 * {@link ContentSecurityPolicy#getWithNonceToFollow()} takes ours off just before. Each response
 * carries exactly one policy. (Not done with a response wrapper: a wrapped response passed on
 * through the tenant filter's forward made the API's JSON lose its UTF-8.)
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP_HEADER = "Content-Security-Policy";

    @Inject
    @ConfigProperty(name = "egalleria.secure-cookies", defaultValue = "false")
    private boolean https;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP_HEADER, ContentSecurityPolicy.STRICT);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // Links in e-mails carry tokens in the query: never pass them on to another site.
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (https) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
