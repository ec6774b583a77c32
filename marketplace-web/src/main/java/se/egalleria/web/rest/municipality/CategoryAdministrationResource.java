package se.egalleria.web.rest.municipality;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.catalog.application.CategoryAdministration;
import se.egalleria.catalog.application.CategoryChange;
import se.egalleria.catalog.application.CategoryDetails;
import se.egalleria.web.rest.PathIds;

/**
 * The gallery's category tree as its administrators keep it (adding is {@code POST /categories};
 * the public tree is {@code GET /categories}).
 */
@Path("/municipality/categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryAdministrationResource {

    @Inject
    private CategoryAdministration categories;

    @GET
    @Operation(summary = "Every category in tree order with depth, visible products (with subcategories') and"
            + " version (administrators)")
    public List<CategoryDetails> list() {
        return categories.list();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename and move a category: name, parentId (null: top level; not itself or below"
            + " itself), version as read (409 when changed meanwhile)")
    public CategoryDetails change(@PathParam("id") String id, CategoryChange change) {
        return categories.change(PathIds.parse(id, "error.category.notFound"), change);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a category; 409 while it has subcategories or products")
    public Response remove(@PathParam("id") String id) {
        categories.remove(PathIds.parse(id, "error.category.notFound"));
        return Response.noContent().build();
    }
}
