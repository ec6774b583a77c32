package se.egalleria.web.rest.tenancy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.tenancy.application.CarrierDirectory;
import se.egalleria.tenancy.application.CarrierSummary;

/** The municipality's carriers. */
@Path("/carriers")
@Produces(MediaType.APPLICATION_JSON)
public class CarrierResource {

    @Inject
    private CarrierDirectory carriers;

    @GET
    @Operation(summary = "The carriers the municipality has admitted (Posten, bus freight, taxi, ...)")
    public List<CarrierSummary> list() {
        return carriers.list();
    }
}
