package se.egalleria.web.rest.servicepoint;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.servicepoint.application.AssessmentChange;
import se.egalleria.servicepoint.application.AssessmentView;
import se.egalleria.servicepoint.application.CriteriaChange;
import se.egalleria.servicepoint.application.CriteriaView;
import se.egalleria.servicepoint.application.PublicServicePoint;
import se.egalleria.servicepoint.application.ServicePointAssessments;
import se.egalleria.servicepoint.application.ServicePointCriteria;
import se.egalleria.servicepoint.application.ServicePointDirectory;
import se.egalleria.shared.Inputs;
import se.egalleria.web.rest.PathIds;

/**
 * Service points: the public list, and for the municipality's administrators the criteria and
 * threshold, each shop's assessment, and designation ({@code PUT .../designation}) or its withdrawal
 * ({@code DELETE}).
 */
@Path("/service-points")
public class ServicePointResource {

    /** What is recorded about a shop; dates yyyy-mm-dd (both or neither), compensation in öre a year. */
    public record AssessmentRequest(List<Long> criterionIds, String contractFrom, String contractTo,
                                    Long yearlyCompensationOre) {
    }

    @Inject
    private ServicePointDirectory directory;

    @Inject
    private ServicePointCriteria criteria;

    @Inject
    private ServicePointAssessments assessments;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The municipality's service points with the criteria they meet, their opening hours and"
            + " services (public)")
    public List<PublicServicePoint> list() {
        return directory.list();
    }

    @GET
    @Path("criteria")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The criteria and how many a shop must meet (administrators; Örnsköldsvik's five, 3 of 5,"
            + " until the municipality changes them)")
    public CriteriaView criteria() {
        return criteria.criteria();
    }

    @PUT
    @Path("criteria")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the criteria and threshold: {required, criteria: [{id, name}]}; an entry with id"
            + " renames, without id adds, a criterion left out is removed; required from 1 to the number of criteria")
    public CriteriaView changeCriteria(CriteriaChange body) {
        return criteria.change(body);
    }

    @GET
    @Path("assessments")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every shop with the criteria it meets, contract, compensation and designation (administrators)")
    public List<AssessmentView> assessments() {
        return assessments.list();
    }

    @GET
    @Path("assessments/{shopId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One shop's assessment (administrators)")
    public AssessmentView assessment(@PathParam("shopId") String shopId) {
        return assessments.get(shop(shopId));
    }

    @PUT
    @Path("assessments/{shopId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a shop's assessment: criterionIds, contractFrom and contractTo (yyyy-mm-dd),"
            + " yearlyCompensationOre (administrators)")
    public AssessmentView record(@PathParam("shopId") String shopId, AssessmentRequest body) {
        long id = shop(shopId);
        AssessmentRequest r = body == null ? new AssessmentRequest(null, null, null, null) : body;
        return assessments.record(id, new AssessmentChange(r.criterionIds(),
                Inputs.optionalDate("contractFrom", r.contractFrom()),
                Inputs.optionalDate("contractTo", r.contractTo()), r.yearlyCompensationOre()));
    }

    @PUT
    @Path("assessments/{shopId}/designation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Designate the shop a service point; 409 unless it meets the threshold and its contract"
            + " covers today (administrators)")
    public AssessmentView designate(@PathParam("shopId") String shopId) {
        return assessments.designate(shop(shopId));
    }

    @DELETE
    @Path("assessments/{shopId}/designation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw the designation: the shop is no longer a service point (administrators)")
    public AssessmentView withdraw(@PathParam("shopId") String shopId) {
        return assessments.withdraw(shop(shopId));
    }

    private static long shop(String raw) {
        return PathIds.parse(raw, "error.shop.notFound");
    }
}
