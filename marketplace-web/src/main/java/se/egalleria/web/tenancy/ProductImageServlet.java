package se.egalleria.web.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.egalleria.catalog.application.ProductImages;
import se.egalleria.tenancy.application.TenantContext;

/**
 * Product pictures: /images/products/{id}/thumbnail or /display, of the request's gallery. With
 * ?v={version} the address never changes content, so browsers keep it for a day without asking.
 */
@WebServlet(urlPatterns = "/images/products/*")
public class ProductImageServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("^/(\\d{1,18})/(thumbnail|display)$");

    @Inject
    private ProductImages images;

    @Inject
    private TenantContext tenantContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        if (tenantContext.current().isEmpty() || !path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<ProductImages.ImageFile> image = images.image(Long.parseLong(path.group(1)),
                "display".equals(path.group(2)) ? ProductImages.Size.DISPLAY : ProductImages.Size.THUMBNAIL);
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"img-" + path.group(1) + "-" + path.group(2) + "-" + image.get().version() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", request.getParameter("v") != null
                ? "public, max-age=86400, immutable" : "public, max-age=0, must-revalidate");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("image/jpeg");
        response.setContentLength(image.get().jpeg().length);
        response.getOutputStream().write(image.get().jpeg());
    }
}
