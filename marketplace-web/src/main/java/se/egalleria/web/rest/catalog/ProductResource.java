package se.egalleria.web.rest.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.catalog.application.ProductAdministration;
import se.egalleria.catalog.application.ProductCatalogue;
import se.egalleria.catalog.application.ProductInput;
import se.egalleria.catalog.application.ProductQuery;
import se.egalleria.catalog.application.ProductSummary;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.PageRequest;
import se.egalleria.web.rest.PageResponse;
import se.egalleria.web.rest.PathIds;

/** Products of the gallery: search and read (everyone), change and remove (the shop's staff). */
@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    @Inject
    private ProductCatalogue catalogue;

    @Inject
    private ProductAdministration administration;

    @GET
    @Operation(summary = "Search visible products: q (words, Swedish-aware, partial), shop, category,"
            + " sort (RELEVANCE, NAME, PRICE_ASCENDING, PRICE_DESCENDING); paginated")
    public PageResponse<ProductSummary> search(@QueryParam("q") String q, @QueryParam("shop") String shop,
                                               @QueryParam("category") String category, @QueryParam("sort") String sort,
                                               @QueryParam("page") String page, @QueryParam("size") String size) {
        ProductQuery.Sort order = sort == null || sort.isBlank() ? ProductQuery.Sort.RELEVANCE
                : Inputs.oneOf(ProductQuery.Sort.class, "sort", sort);
        return PageResponse.of(catalogue.search(new ProductQuery(q, PathIds.optional(shop, "shop"),
                PathIds.optional(category, "category"), order), PageRequest.parse(page, size)), p -> p);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One visible product")
    public ProductSummary get(@PathParam("id") String id) {
        return catalogue.get(PathIds.parse(id, "error.product.notFound"));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a product; send the version you read (409 if someone changed it meanwhile)")
    public ProductSummary update(@PathParam("id") String id, ProductInput input) {
        return administration.update(PathIds.parse(id, "error.product.notFound"), input);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a product from the shop")
    public Response delete(@PathParam("id") String id) {
        administration.delete(PathIds.parse(id, "error.product.notFound"));
        return Response.noContent().build();
    }
}
