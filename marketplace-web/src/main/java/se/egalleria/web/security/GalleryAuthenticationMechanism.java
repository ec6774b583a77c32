package se.egalleria.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import se.egalleria.account.application.Authentication;
import se.egalleria.account.application.Caller;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.web.tenancy.TenantResolution;
import se.egalleria.web.tenancy.TenantResolver;

/**
 * Who is calling, decided once per request before any filter or servlet runs:
 * <ul>
 * <li>API ({@code /api/...}): only {@code Authorization: Bearer <token>}; a session cookie is
 * ignored, so no cookie can make a state-changing API call.</li>
 * <li>Pages: the session of a form sign-in ({@code SecurityContext.authenticate} with a
 * {@link TenantPasswordCredential}); the session id changes at sign-in (no fixation).</li>
 * </ul>
 * A token or session of one municipality is worth nothing in another.
 */
@ApplicationScoped
public class GalleryAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "egalleria.caller";
    /** Request attribute: the request carried a bearer token that is not (or no longer) valid here. */
    public static final String INVALID_TOKEN = "egalleria.invalidToken";

    @Inject
    private TenantResolver tenantResolver;

    @Inject
    private Authentication authentication;

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private Caller caller;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        TenantResolution where = tenantResolver.resolve(request);
        if (where.unknown()) {
            return context.doNothing();
        }
        String tenant = where.tenant().orElse(null);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof TenantPasswordCredential password) {
            return formSignIn(request, context, password);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<CallerIdentity> identity = authentication.identifyByToken(authorization.substring(7), tenant);
            if (identity.isEmpty()) {
                // Answered with a 401 problem by the tenant filter: a SEND_FAILURE here would
                // make the container write its own HTML error page.
                request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
                return context.doNothing();
            }
            return signIn(context, identity.get());
        }
        if (!where.isApi()) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SESSION_CALLER) instanceof CallerIdentity remembered
                    && sameGallery(remembered, tenant)) {
                Optional<CallerIdentity> current = authentication.refresh(remembered);
                if (current.isPresent()) {
                    return signIn(context, current.get());
                }
                session.removeAttribute(SESSION_CALLER);
            }
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context,
                                            TenantPasswordCredential password) {
        CredentialValidationResult result = identityStores.validate(password);
        if (result.getStatus() != CredentialValidationResult.Status.VALID
                || !(result.getCallerPrincipal() instanceof GalleryPrincipal principal)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_CALLER, principal.identity());
        return signIn(context, principal.identity());
    }

    private AuthenticationStatus signIn(HttpMessageContext context, CallerIdentity identity) {
        caller.signedInAs(identity);
        return context.notifyContainerAboutLogin(identity.principalName(), identity.groups());
    }

    private static boolean sameGallery(CallerIdentity identity, String tenant) {
        return identity.isOperator() ? tenant == null : identity.tenant().equals(tenant);
    }

}
