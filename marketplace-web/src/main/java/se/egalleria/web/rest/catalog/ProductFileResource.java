package se.egalleria.web.rest.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.catalog.application.ImportReport;
import se.egalleria.catalog.application.ProductImport;
import se.egalleria.web.i18n.Messages;
import se.egalleria.web.rest.error.Problem;

/** A shop's product file: import (preview first, then commit) and export, as CSV. */
@Path("/shops/{shopId}/products")
public class ProductFileResource {

    /** Larger files are refused before they are read: the whole file is held while it is checked. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** One problem of the file, in the caller's language. */
    public record FileProblem(int line, String column, String message) {
    }

    /** The import's outcome. */
    public record ImportResponse(int rows, int created, int updated, boolean committed, List<FileProblem> problems) {
    }

    @Inject
    private ProductImport imports;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a CSV file (Swedish Excel or UTF-8). commit=false (default) only checks; "
            + "a file with problems changes nothing and answers 400 with every problem's line and column")
    public Response importFile(@PathParam("shopId") String shopId, @QueryParam("commit") boolean commit,
                               InputStream body) {
        Locale locale = Messages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        ImportReport report = imports.importFile(ShopProductsResource.shop(shopId), new LimitedInput(body, MAX_BYTES),
                commit);
        List<FileProblem> problems = report.problems().stream()
                .map(p -> new FileProblem(p.line(), p.column(), Messages.get(locale, p.messageKey(), p.arguments())))
                .toList();
        ImportResponse response = new ImportResponse(report.rows(), report.created(), report.updated(),
                report.committed(), problems);
        if (report.hasProblems()) {
            Problem problem = Problem.of(400, "invalid-file", Messages.get(locale, "problem.title.invalid-file", List.of()),
                    Messages.get(locale, "problem.detail.invalid-file", List.of(problems.size())))
                    .withViolations(problems.stream().map(p -> new Problem.Violation(
                            "line " + p.line() + (p.column().isEmpty() ? "" : ": " + p.column()), p.message())).toList());
            return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return Response.ok(response, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "The shop's products as a CSV file that the import reads back")
    public Response exportFile(@PathParam("shopId") String shopId) {
        long shop = ShopProductsResource.shop(shopId);
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        // Written before the response starts, so that a refusal is still a clean problem answer.
        imports.exportFile(shop, file);
        StreamingOutput body = out -> file.writeTo(out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"produkter-" + shop + ".csv\"")
                .build();
    }
}
