package se.egalleria.web.rest.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.audit.AuditEntry;
import se.egalleria.audit.AuditLog;
import se.egalleria.shared.PageRequest;
import se.egalleria.web.rest.PageResponse;

/** The municipality's audit log, for its administrators. */
@Path("/audit-events")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditLog audit;

    @GET
    @Operation(summary = "Administrative actions in this municipality, newest first")
    public PageResponse<AuditEntry> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(audit.list(PageRequest.parse(page, size)), entry -> entry);
    }
}
