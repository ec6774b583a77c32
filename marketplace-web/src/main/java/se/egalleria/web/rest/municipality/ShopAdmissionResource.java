package se.egalleria.web.rest.municipality;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.egalleria.administration.application.ShopOverview;
import se.egalleria.administration.application.ShopOverviewLine;
import se.egalleria.shared.PageRequest;
import se.egalleria.shop.application.ShopAdmission;
import se.egalleria.shop.application.ShopInvitation;
import se.egalleria.web.rest.PageResponse;
import se.egalleria.web.rest.PathIds;
import se.egalleria.web.rest.RequestContexts;

/** The municipality's shops for its administrators: status, catalogue size, orders; invite, approve, suspend. */
@Path("/municipality/shops")
@Produces(MediaType.APPLICATION_JSON)
public class ShopAdmissionResource {

    /** A new shop and its owner, who is e-mailed an invitation as the shop's staff. */
    public record Invitation(String name, Long villageId, String email, String phone) {
    }

    @Inject
    private ShopOverview overview;

    @Inject
    private ShopAdmission admission;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "Every shop of the municipality with status, products, services and orders (in all and "
            + "in the last 30 days), sorted by name, one page at a time")
    public PageResponse<ShopOverviewLine> list(
            @Parameter(description = "AWAITING_APPROVAL, APPROVED or SUSPENDED; all when left out")
            @QueryParam("status") String status,
            @Parameter(description = "part of the shop's name") @QueryParam("name") String name,
            @Parameter(description = "page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "items per page, 1 to 100, default 20") @QueryParam("size") String size) {
        return PageResponse.of(overview.list(status, name, PageRequest.parse(page, size)), line -> line);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One shop's line")
    public ShopOverviewLine get(@PathParam("id") String id) {
        return overview.get(PathIds.parse(id, "error.shop.notFound"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a shop owner: creates the shop awaiting approval and e-mails the owner an invitation "
            + "as its staff (409 when the address already has an account)")
    public Response invite(Invitation body) {
        Invitation i = body == null ? new Invitation(null, null, null, null) : body;
        long id = admission.invite(new ShopInvitation(i.name(), i.villageId(), i.email(), i.phone()),
                RequestContexts.links(request));
        return Response.created(URI.create("municipality/shops/" + id)).entity(overview.get(id)).build();
    }

    @POST
    @Path("/{id}/approval")
    @Operation(summary = "Approve a shop awaiting approval: residents see it and can buy from it")
    public ShopOverviewLine approve(@PathParam("id") String id) {
        return take(id, ShopAdmission.Step.APPROVE);
    }

    @POST
    @Path("/{id}/suspension")
    @Operation(summary = "Suspend an approved shop: hidden from residents, checkout refuses its goods; its staff "
            + "still sign in and see its orders")
    public ShopOverviewLine suspend(@PathParam("id") String id) {
        return take(id, ShopAdmission.Step.SUSPEND);
    }

    @POST
    @Path("/{id}/reactivation")
    @Operation(summary = "Reactivate a suspended shop")
    public ShopOverviewLine reactivate(@PathParam("id") String id) {
        return take(id, ShopAdmission.Step.REACTIVATE);
    }

    private ShopOverviewLine take(String id, ShopAdmission.Step step) {
        long shopId = PathIds.parse(id, "error.shop.notFound");
        admission.take(shopId, step);
        return overview.get(shopId);
    }
}
