package se.egalleria.web.rest.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.account.application.PersonalData;
import se.egalleria.account.application.PersonalDataExport;
import se.egalleria.ordering.application.OrderSummary;
import se.egalleria.ordering.application.Orders;
import se.egalleria.shared.PageRequest;
import se.egalleria.web.rest.PageResponse;

/** The signed-in person: who they are, their data (GDPR export), and deleting the account. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** Who the caller is in this gallery. */
    public record MeResponse(String email, String name, String municipality, Set<String> roles, Set<Long> shopIds,
                             Set<Long> carrierIds) {
    }

    @Inject
    private PersonalData personalData;

    @Inject
    private Orders orders;

    @GET
    @Operation(summary = "The signed-in account")
    public MeResponse me() {
        CallerIdentity me = personalData.me();
        return new MeResponse(me.email(), me.displayName(), me.tenant(),
                me.roles().stream().map(Enum::name).collect(Collectors.toSet()), me.shopIds(), me.carrierIds());
    }

    @GET
    @Path("/data")
    @Operation(summary = "Everything the gallery keeps about the signed-in person, as a JSON download")
    public Response export() {
        PersonalDataExport export = personalData.export();
        return Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"mina-uppgifter.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/orders")
    @Operation(summary = "The signed-in resident's orders, newest first; paginated")
    public PageResponse<OrderSummary> orders(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(orders.mine(PageRequest.parse(page, size)), o -> o);
    }

    @DELETE
    @Operation(summary = "Delete the signed-in account; past orders stay, anonymised")
    public Response delete() {
        personalData.deleteMine();
        return Response.noContent().build();
    }
}
