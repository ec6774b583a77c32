package se.egalleria.web.rest.homecare;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.account.application.AssignmentView;
import se.egalleria.account.application.HomeCare;
import se.egalleria.ordering.application.KnownCustomer;
import se.egalleria.ordering.application.ResidentContacts;
import se.egalleria.web.rest.PathIds;

/** A home-care worker's residents, and the details to order for one of them with. */
@Path("/home-care/residents")
@Produces(MediaType.APPLICATION_JSON)
public class HomeCareResource {

    @Inject
    private HomeCare homeCare;

    @Inject
    private ResidentContacts contacts;

    @GET
    @Operation(summary = "The residents assigned to the signed-in home-care worker now")
    public List<AssignmentView> mine() {
        return homeCare.myResidents();
    }

    @GET
    @Path("{residentAccountId}/contact")
    @Operation(summary = "Name, e-mail, phone, address and village of the resident's latest order, for a checkout"
            + " with onBehalfOf (anyone who may order for the resident: assigned worker or relative)")
    public KnownCustomer contact(@PathParam("residentAccountId") String residentAccountId) {
        return contacts.contactFor(PathIds.parse(residentAccountId, "error.onBehalf.noSuchResident"));
    }
}
