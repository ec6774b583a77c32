package se.egalleria.web.tenancy;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A regional gallery's address, /r/{slug}/, shown by region.xhtml (a region is no tenant: no filter step). */
@WebServlet(name = "RegionPathServlet", urlPatterns = "/r/*")
public class RegionPathServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([a-z0-9-]{1,40})/?");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!request.getRequestURI().endsWith("/")) {
            // Relative links of the page resolve below the region's own address.
            response.sendRedirect(request.getRequestURI() + "/");
            return;
        }
        request.getRequestDispatcher("/region.xhtml?slug=" + path.group(1)).forward(request, response);
    }
}
