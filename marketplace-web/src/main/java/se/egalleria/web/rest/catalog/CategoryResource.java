package se.egalleria.web.rest.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.catalog.application.CategoryNode;
import se.egalleria.catalog.application.CategoryTree;

/** The municipality's category tree with product counts. */
@Path("/categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    /** A new category. */
    public record NewCategory(String name, Long parentId) {
    }

    @Inject
    private CategoryTree categories;

    @GET
    @Operation(summary = "Every category with its parent and number of visible products")
    public List<CategoryNode> tree() {
        return categories.tree();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a category (the municipality's administrators; 201)")
    public Response add(NewCategory body) {
        NewCategory c = body == null ? new NewCategory(null, null) : body;
        return Response.status(Response.Status.CREATED).entity(categories.add(c.name(), c.parentId())).build();
    }
}
