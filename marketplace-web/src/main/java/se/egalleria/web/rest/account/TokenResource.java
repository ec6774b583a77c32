package se.egalleria.web.rest.account;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.account.application.Authentication;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.application.IssuedToken;
import se.egalleria.account.application.SignInResult;
import se.egalleria.shared.NotAuthenticatedException;
import se.egalleria.shared.TooManyAttemptsException;
import se.egalleria.tenancy.application.TenantContext;
import se.egalleria.web.rest.RequestContexts;
import se.egalleria.web.security.LoginThrottle;

/** Sign in to the API (a bearer token for this gallery) and out again (the token is revoked). */
@Path("/auth/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    /** A new token and who it stands for. */
    public record TokenResponse(String token, String tokenType, Instant expiresAt, String caller, Set<String> roles) {
    }

    @Inject
    private Authentication authentication;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private LoginThrottle throttle;

    @Context
    private HttpServletRequest request;

    @POST
    @Operation(summary = "Sign in with e-mail and password; on the platform's host, as a platform operator")
    public Response signIn(Requests.Credentials credentials) {
        if (!throttle.tryAcquire(request.getRemoteAddr())) {
            throw new TooManyAttemptsException(throttle.retryAfter(), "error.auth.throttled");
        }
        Requests.Credentials c = credentials == null ? new Requests.Credentials(null, null) : credentials;
        SignInResult result = authentication.signIn(tenantContext.current().orElse(null), c.email(), c.password());
        if (result instanceof SignInResult.Locked locked) {
            throw new TooManyAttemptsException(locked.remaining(), "error.auth.locked",
                    Math.max(1, (locked.remaining().toSeconds() + 59) / 60));
        }
        if (!(result instanceof SignInResult.Success success)) {
            throw new NotAuthenticatedException("error.auth.invalidCredentials");
        }
        CallerIdentity identity = success.identity();
        IssuedToken token = authentication.issueToken(identity);
        return Response.status(Response.Status.CREATED)
                .entity(new TokenResponse(token.token(), "Bearer", token.expiresAt(), identity.principalName(),
                        identity.groups()))
                .build();
    }

    @DELETE
    @Path("/current")
    @Operation(summary = "Sign out: revoke the token this request carries")
    public Response signOut() {
        String token = RequestContexts.bearerToken(request);
        if (token == null) {
            throw new NotAuthenticatedException("error.auth.required");
        }
        authentication.revokeToken(token);
        return Response.noContent().build();
    }
}
