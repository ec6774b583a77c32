package se.egalleria.web.rest.organisation;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.ordering.application.OrderDetail;
import se.egalleria.ordering.application.OrderSummary;
import se.egalleria.ordering.application.OrderWorkflow;
import se.egalleria.ordering.application.OrganisationOrders;
import se.egalleria.ordering.application.RouteDates;
import se.egalleria.organisation.application.AgreementDetails;
import se.egalleria.organisation.application.AgreementInput;
import se.egalleria.organisation.application.InvoiceFiles;
import se.egalleria.organisation.application.InvoiceSummaries;
import se.egalleria.organisation.application.InvoiceSummary;
import se.egalleria.organisation.application.OrdererView;
import se.egalleria.organisation.application.OrganisationUnits;
import se.egalleria.organisation.application.Spending;
import se.egalleria.organisation.application.UnitDetails;
import se.egalleria.organisation.application.UnitInput;
import se.egalleria.organisation.application.UnitSpending;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.PageRequest;
import se.egalleria.web.i18n.Messages;
import se.egalleria.web.rest.PageResponse;
import se.egalleria.web.rest.PathIds;
import se.egalleria.web.rest.RequestContexts;

/**
 * Organisation customers (kompletteringsinköp): the municipality's units, their framework
 * agreements with shops and orderers (administrators); spending against the limits (orderers and
 * administrators); orders above a limit awaiting approval; the monthly invoice summary per shop
 * (JSON, CSV or PDF by Accept; the shop's staff and administrators). Orders for a unit are placed
 * through {@code POST /baskets/{token}/checkout} with {@code "organisation": unitId}.
 */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private static final String NOT_FOUND = "error.organisation.notFound";

    /** Whom to invite to order for the unit. */
    public record OrdererRequest(String email) {
    }

    /** The municipality's decision on an order above the limit; a reason is required to refuse. */
    public record ApprovalDecision(Boolean approve, String note) {
    }

    @Inject
    private OrganisationUnits units;

    @Inject
    private UnitSpending spending;

    @Inject
    private InvoiceSummaries invoices;

    @Inject
    private OrganisationOrders orders;

    @Inject
    private OrderWorkflow workflow;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "The municipality's units (organisation customers), by name (administrators; ?page=&size=)")
    public PageResponse<UnitDetails> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(units.list(PageRequest.parse(page, size)), u -> u);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a unit: name (unique), kind (SCHOOL_KITCHEN, ELDERLY_CARE, PRESCHOOL, OTHER),"
            + " invoiceReference, street, postalCode, villageId, phone")
    public Response register(UnitInput body) {
        return Response.status(Response.Status.CREATED).entity(units.register(body)).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The units the signed-in person may order for")
    public List<UnitDetails> mine() {
        return units.mine();
    }

    @GET
    @Path("approvals")
    @Operation(summary = "Units' orders above a monthly limit waiting for the municipality's approval (administrators)")
    public PageResponse<OrderSummary> awaiting(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(orders.awaitingApproval(PageRequest.parse(page, size)), o -> o);
    }

    @POST
    @Path("approvals/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve (approve=true: the order reaches the shop as new) or refuse (approve=false, note"
            + " required: units back in stock) an order above the limit")
    public OrderDetail decide(@PathParam("number") String number, ApprovalDecision body) {
        ApprovalDecision d = body == null ? new ApprovalDecision(null, null) : body;
        if (d.approve() == null) {
            throw new se.egalleria.shared.InvalidInputException("approve", "error.input.required");
        }
        return workflow.decideApproval(number, d.approve(), d.note(), RequestContexts.links(request));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One unit (administrators)")
    public UnitDetails get(@PathParam("id") String id) {
        return units.get(PathIds.parse(id, NOT_FOUND));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a unit (the fields of registration and the version as read; 409 when changed"
            + " meanwhile)")
    public UnitDetails change(@PathParam("id") String id, UnitInput body) {
        return units.change(PathIds.parse(id, NOT_FOUND), body);
    }

    @GET
    @Path("{id}/agreements")
    @Operation(summary = "The unit's framework agreements with shops, with their agreed prices (administrators)")
    public List<AgreementDetails> agreements(@PathParam("id") String id) {
        return units.agreements(PathIds.parse(id, NOT_FOUND));
    }

    @POST
    @Path("{id}/agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Agree with a shop: shopId, reference, validFrom, validTo (optional), monthlyLimitOre (incl."
            + " VAT), aboveLimit (REFUSE or NEEDS_APPROVAL), prices [{productId, priceOre}] (optional: then only"
            + " those products, at those prices); one agreement per shop (409)")
    public Response addAgreement(@PathParam("id") String id, AgreementInput body) {
        return Response.status(Response.Status.CREATED).entity(units.addAgreement(PathIds.parse(id, NOT_FOUND),
                body == null ? empty() : body)).build();
    }

    @PUT
    @Path("{id}/agreements/{agreementId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an agreement's terms and price list (the shop stays; version as read)")
    public AgreementDetails changeAgreement(@PathParam("id") String id, @PathParam("agreementId") String agreementId,
                                            AgreementInput body) {
        return units.changeAgreement(PathIds.parse(id, NOT_FOUND),
                PathIds.parse(agreementId, "error.organisation.agreementNotFound"), body == null ? empty() : body);
    }

    @DELETE
    @Path("{id}/agreements/{agreementId}")
    @Operation(summary = "End an agreement: the unit can no longer order from the shop; placed orders stay")
    public Response removeAgreement(@PathParam("id") String id, @PathParam("agreementId") String agreementId) {
        units.removeAgreement(PathIds.parse(id, NOT_FOUND),
                PathIds.parse(agreementId, "error.organisation.agreementNotFound"));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/orderers")
    @Operation(summary = "Who may order for the unit (administrators)")
    public List<OrdererView> orderers(@PathParam("id") String id) {
        return units.orderers(PathIds.parse(id, NOT_FOUND));
    }

    @POST
    @Path("{id}/orderers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Let a person order for the unit: an invitation by e-mail (an account is created when they"
            + " have none)")
    public Response invite(@PathParam("id") String id, OrdererRequest body) {
        OrdererView invited = units.inviteOrderer(PathIds.parse(id, NOT_FOUND), body == null ? null : body.email(),
                RequestContexts.links(request));
        return Response.status(Response.Status.CREATED).entity(invited).build();
    }

    @GET
    @Path("{id}/spending")
    @Operation(summary = "Spent this month (or ?month=2026-11, Swedish months) with each shop against the agreement's"
            + " limit (the unit's orderers and administrators)")
    public Spending spending(@PathParam("id") String id, @QueryParam("month") String month) {
        return spending.of(PathIds.parse(id, NOT_FOUND), month == null || month.isBlank()
                ? YearMonth.from(RouteDates.today()) : Inputs.month("month", month));
    }

    @GET
    @Path("{id}/invoices/{shopId}/{month}")
    @Operation(summary = "The month's invoice summary of a shop for the unit: every order line, VAT per rate, totals"
            + " (the shop's staff and administrators)")
    public InvoiceSummary invoice(@PathParam("id") String id, @PathParam("shopId") String shopId,
                                  @PathParam("month") String month) {
        return summary(id, shopId, month);
    }

    @GET
    @Path("{id}/invoices/{shopId}/{month}")
    @Produces("text/csv")
    @Operation(summary = "The invoice summary as CSV (semicolons, UTF-8 with BOM, decimal comma)")
    public Response invoiceCsv(@PathParam("id") String id, @PathParam("shopId") String shopId,
                               @PathParam("month") String month) {
        InvoiceSummary summary = summary(id, shopId, month);
        return file(new InvoiceFiles(locale()).csv(summary), "text/csv; charset=UTF-8", InvoiceFiles.fileName(summary, "csv"));
    }

    @GET
    @Path("{id}/invoices/{shopId}/{month}")
    @Produces("application/pdf")
    @Operation(summary = "The invoice summary as PDF")
    public Response invoicePdf(@PathParam("id") String id, @PathParam("shopId") String shopId,
                               @PathParam("month") String month) {
        InvoiceSummary summary = summary(id, shopId, month);
        return file(new InvoiceFiles(locale()).pdf(summary), "application/pdf", InvoiceFiles.fileName(summary, "pdf"));
    }

    private InvoiceSummary summary(String id, String shopId, String month) {
        return invoices.of(PathIds.parse(id, NOT_FOUND), PathIds.parse(shopId, "error.shop.notFound"),
                Inputs.month("month", month));
    }

    private static AgreementInput empty() {
        return new AgreementInput(null, null, null, null, null, null, null, null);
    }

    private Locale locale() {
        return Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    private static Response file(byte[] content, String type, String fileName) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
