package se.egalleria.web.rest.account;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.account.application.DelegationView;
import se.egalleria.account.application.Delegations;
import se.egalleria.web.rest.PathIds;
import se.egalleria.web.rest.RequestContexts;

/**
 * Ordering for someone else: a resident invites a person, the person accepts, either withdraws.
 * Orders for the resident then go through checkout with {@code onBehalfOf}.
 */
@Path("/delegations")
@Produces(MediaType.APPLICATION_JSON)
public class DelegationResource {

    /** Whom the resident lets order for them. */
    public record Invitation(String email) {
    }

    @Inject
    private Delegations delegations;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "The open permissions the caller gave (given=true) and was given or invited to")
    public List<DelegationView> mine() {
        return delegations.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Let the person with this e-mail address order for the signed-in resident, once they accept")
    public Response invite(Invitation body) {
        DelegationView created = delegations.invite(body == null ? null : body.email(), RequestContexts.links(request));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/{id}/acceptance")
    @Operation(summary = "The invited person accepts: from now on they may order for the resident")
    public DelegationView accept(@PathParam("id") String id) {
        return delegations.accept(PathIds.parse(id, "error.delegation.notFound"));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Either side ends the permission; orders for the resident are refused from then on")
    public DelegationView withdraw(@PathParam("id") String id) {
        return delegations.withdraw(PathIds.parse(id, "error.delegation.notFound"));
    }
}
