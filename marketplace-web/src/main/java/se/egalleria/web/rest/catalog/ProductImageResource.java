package se.egalleria.web.rest.catalog;

import se.egalleria.web.rest.PathIds;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.catalog.application.ProductImages;

/** A product's picture (the shop's staff); it is served at /images/products/{id}/thumbnail and /display. */
@Path("/products/{id}/image")
public class ProductImageResource {

    /** Read at most this much (the service refuses anything above 5 MB with a clear message). */
    private static final int READ_LIMIT = 5 * 1024 * 1024 + 1;

    @Inject
    private ProductImages images;

    @PUT
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload the product's picture (JPEG or PNG, at most 5 MB); replaces the old one")
    public Response upload(@PathParam("id") String id, InputStream body) throws IOException {
        images.store(PathIds.parse(id, "error.product.notFound"), body.readNBytes(READ_LIMIT));
        return Response.noContent().build();
    }

    @DELETE
    @Operation(summary = "Remove the product's picture")
    public Response remove(@PathParam("id") String id) {
        images.remove(PathIds.parse(id, "error.product.notFound"));
        return Response.noContent().build();
    }
}
