package se.egalleria.web.rest.homecare;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.account.application.AssignmentView;
import se.egalleria.account.application.HomeCare;
import se.egalleria.account.application.HomeCareWorker;
import se.egalleria.account.application.NewAssignment;
import se.egalleria.shared.PageRequest;
import se.egalleria.web.rest.PageResponse;
import se.egalleria.web.rest.PathIds;

/**
 * The administrator's home care: the workers (invited through {@code /invitations} with the role
 * HOME_CARE) and the residents assigned to each.
 */
@Path("/municipality/home-care")
@Produces(MediaType.APPLICATION_JSON)
public class HomeCareAdministrationResource {

    @Inject
    private HomeCare homeCare;

    @GET
    @Path("workers")
    @Operation(summary = "The home-care workers, latest invited first (?page=0&size=20), each with the residents assigned now")
    public PageResponse<HomeCareWorker> workers(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(homeCare.workers(PageRequest.parse(page, size)), Function.identity());
    }

    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a resident (residentEmail: an account of this gallery) to a worker (workerAccountId);"
            + " 409 when already assigned")
    public Response assign(NewAssignment body) {
        AssignmentView created = homeCare.assign(body);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("assignments/{id}")
    @Operation(summary = "Remove an assignment: the worker's orders for that resident are refused from now on")
    public AssignmentView end(@PathParam("id") String id) {
        return homeCare.end(PathIds.parse(id, "error.homeCare.noSuchAssignment"));
    }
}
