package se.egalleria.web.rest.account;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.account.application.NewResident;
import se.egalleria.account.application.Registration;
import se.egalleria.web.rest.RequestContexts;

/** Residents register themselves, confirm their address, and reset a forgotten password. */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    private Registration registration;

    @Context
    private HttpServletRequest request;

    @POST
    @Operation(summary = "Register as a resident; a confirmation link is e-mailed (202)")
    public Response register(Requests.Registration body) {
        Requests.Registration r = body == null ? new Requests.Registration(null, null, null) : body;
        registration.register(new NewResident(r.email(), r.password(), r.name()), RequestContexts.links(request));
        return Response.accepted().build();
    }

    @POST
    @Path("/email-confirmations")
    @Operation(summary = "Confirm the e-mail address with the token from the link")
    public Response confirmEmail(Requests.LinkToken body) {
        registration.confirmEmail(body == null ? null : body.token());
        return Response.noContent().build();
    }

    @POST
    @Path("/password-resets")
    @Operation(summary = "Ask for a password reset link; the same answer whether or not the address has an account")
    public Response requestReset(Requests.ResetRequest body) {
        registration.requestPasswordReset(body == null ? null : body.email(), RequestContexts.links(request));
        return Response.accepted().build();
    }

    @POST
    @Path("/password-resets/completions")
    @Operation(summary = "Set a new password with the token from the reset link")
    public Response resetPassword(Requests.NewPassword body) {
        Requests.NewPassword p = body == null ? new Requests.NewPassword(null, null) : body;
        registration.resetPassword(p.token(), p.password());
        return Response.noContent().build();
    }
}
