package se.egalleria.web.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import se.egalleria.tenancy.application.Logo;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.MunicipalityProfile;
import se.egalleria.tenancy.application.TenantContext;

/**
 * Each gallery's branding as files: its logo and a small style sheet of its colours. Served from
 * the database, so every server node serves the same, and cached by the browser with an ETag.
 */
@WebServlet(urlPatterns = {BrandingServlet.LOGO, BrandingServlet.THEME})
public class BrandingServlet extends HttpServlet {

    static final String LOGO = "/branding/logo";
    static final String THEME = "/branding/theme.css";

    @Inject
    private MunicipalityDirectory municipalities;

    @Inject
    private TenantContext tenantContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (tenantContext.current().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (request.getServletPath().equals(LOGO)) {
            serveLogo(request, response);
        } else {
            serveTheme(request, response);
        }
    }

    private void serveLogo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Logo> logo = municipalities.currentLogo();
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (notModified(request, response, "logo-" + logo.get().version())) {
            return;
        }
        response.setContentType(logo.get().contentType());
        // An SVG must not run script when opened directly.
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.setContentLength(logo.get().bytes().length);
        response.getOutputStream().write(logo.get().bytes());
    }

    private void serveTheme(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MunicipalityProfile profile = municipalities.current();
        String css = ":root{--brand-primary:" + profile.primaryColor() + ";--brand-accent:" + profile.accentColor()
                + ";}\n";
        if (notModified(request, response, "theme-" + Integer.toHexString(css.hashCode()))) {
            return;
        }
        response.setContentType("text/css");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(css);
    }

    private static boolean notModified(HttpServletRequest request, HttpServletResponse response, String tag)
            throws IOException {
        String etag = "\"" + tag + "\"";
        response.setHeader("ETag", etag);
        // Revalidate each time: a change of branding shows at once, an unchanged one costs a 304.
        response.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }
}
