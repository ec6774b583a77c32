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
import se.egalleria.account.application.Invitations;
import se.egalleria.account.application.NewInvitation;
import se.egalleria.web.rest.RequestContexts;

/** Invitations: operators invite administrators; administrators invite shop staff and carriers. */
@Path("/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    private Invitations invitations;

    @Context
    private HttpServletRequest request;

    @POST
    @Operation(summary = "Invite someone as SHOP_STAFF (shopId), CARRIER (carrierId) or MUNICIPALITY_ADMIN")
    public Response invite(Requests.Invitation body) {
        Requests.Invitation i = body == null ? new Requests.Invitation(null, null, null, null) : body;
        invitations.invite(new NewInvitation(i.email(), i.role(), i.shopId(), i.carrierId()),
                RequestContexts.links(request));
        return Response.accepted().build();
    }

    @POST
    @Path("/acceptances")
    @Operation(summary = "Accept an invitation: choose name and password")
    public Response accept(Requests.Acceptance body) {
        Requests.Acceptance a = body == null ? new Requests.Acceptance(null, null, null) : body;
        invitations.accept(a.token(), a.name(), a.password());
        return Response.noContent().build();
    }
}
