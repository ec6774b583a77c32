package se.egalleria.web.rest.subsidy;

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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.NotFoundException;
import se.egalleria.subsidy.application.ApprovalView;
import se.egalleria.subsidy.application.MonthlyReport;
import se.egalleria.subsidy.application.MonthlyReports;
import se.egalleria.subsidy.application.NewApproval;
import se.egalleria.subsidy.application.ReportFiles;
import se.egalleria.subsidy.application.SubsidyRegister;
import se.egalleria.subsidy.application.YearSummary;
import se.egalleria.web.i18n.Messages;
import se.egalleria.web.rest.PathIds;

/**
 * The home-delivery subsidy: the register of approved households (administrators), monthly
 * reports per shop ({@code shop}) or carrier ({@code carrier}) as JSON, CSV or PDF (by Accept),
 * their approval, and the yearly summary for the state claim.
 */
@Path("/subsidy")
public class SubsidyResource {

    /** A household to approve; validFrom (default today) and validUntil (default open), yyyy-mm-dd, optional. */
    public record ApprovalRequest(String name, String street, String postalCode, Long villageId, String basis,
                                  String validFrom, String validUntil) {
    }

    @Inject
    private SubsidyRegister register;

    @Inject
    private MonthlyReports reports;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("approvals")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Households approved for subsidised delivery (the municipality's administrators)")
    public List<ApprovalView> approvals() {
        return register.list();
    }

    @POST
    @Path("approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a household: name, street, postalCode, villageId, basis (PENSIONER, DISABLED,"
            + " NO_CAR, LONG_DISTANCE), validUntil; 409 when the household is already approved")
    public Response approve(ApprovalRequest body) {
        ApprovalRequest r = body == null ? new ApprovalRequest(null, null, null, null, null, null, null) : body;
        ApprovalView approved = register.approve(new NewApproval(r.name(), r.street(), r.postalCode(), r.villageId(),
                r.basis(), Inputs.optionalDate("validFrom", r.validFrom()),
                Inputs.optionalDate("validUntil", r.validUntil())));
        return Response.status(Response.Status.CREATED).entity(approved).build();
    }

    @DELETE
    @Path("approvals/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw an approval from today on (the period ends; earlier deliveries stay covered)")
    public ApprovalView withdraw(@PathParam("id") String id) {
        return register.withdraw(PathIds.parse(id, "error.subsidy.notFound"));
    }

    @GET
    @Path("reports/{kind}/{id}/{month}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A monthly report (kind shop or carrier, month 2026-11): a line per delivery with the rule"
            + " checks, totals; the stored report once approved")
    public MonthlyReport report(@PathParam("kind") String kind, @PathParam("id") String id,
                                @PathParam("month") String month) {
        return reports.report(kind, subject(id), Inputs.month("month", month));
    }

    @GET
    @Path("reports/{kind}/{id}/{month}")
    @Produces("text/csv")
    @Operation(summary = "The monthly report as CSV (semicolons, UTF-8 with BOM, decimal comma)")
    public Response csv(@PathParam("kind") String kind, @PathParam("id") String id, @PathParam("month") String month) {
        MonthlyReport report = reports.report(kind, subject(id), Inputs.month("month", month));
        return file(new ReportFiles(locale()).csv(report), "text/csv; charset=UTF-8", name(report, "csv"));
    }

    @GET
    @Path("reports/{kind}/{id}/{month}")
    @Produces("application/pdf")
    @Operation(summary = "The monthly report as PDF, laid out like the county board's form")
    public Response pdf(@PathParam("kind") String kind, @PathParam("id") String id, @PathParam("month") String month) {
        MonthlyReport report = reports.report(kind, subject(id), Inputs.month("month", month));
        return file(new ReportFiles(locale()).pdf(report), "application/pdf", name(report, "pdf"));
    }

    @POST
    @Path("reports/{kind}/{id}/{month}/approval")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a finished month's report (administrators); it is then stored and locked (409 after)")
    public MonthlyReport approveReport(@PathParam("kind") String kind, @PathParam("id") String id,
                                       @PathParam("month") String month) {
        return reports.approve(kind, subject(id), Inputs.month("month", month));
    }

    @GET
    @Path("years/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The year's approved reports summed up for the state claim (administrators)")
    public YearSummary year(@PathParam("year") String year) {
        try {
            int y = Integer.parseInt(year);
            if (y < 2000 || y > 2100) {
                throw new NumberFormatException();
            }
            return reports.year(y);
        } catch (NumberFormatException e) {
            throw new NotFoundException("error.subsidy.noYear", year);
        }
    }

    private Locale locale() {
        return Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    private static long subject(String id) {
        return PathIds.parse(id, "error.subsidy.noSubject");
    }

    private static String name(MonthlyReport report, String extension) {
        return "hemsandning-" + report.kind().toLowerCase(Locale.ROOT) + "-" + report.subjectId() + "-"
                + report.month() + "." + extension;
    }

    private static Response file(byte[] content, String type, String fileName) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
