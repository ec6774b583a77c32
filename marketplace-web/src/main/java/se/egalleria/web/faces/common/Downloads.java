package se.egalleria.web.faces.common;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import se.egalleria.web.security.ContentSecurityPolicy;

/**
 * A page action that answers with a file (a PDF, a CSV) instead of the page. The response is reset
 * first, so the security headers are written again; personal data is never cached.
 */
public final class Downloads {

    private Downloads() {
    }

    public static void send(byte[] content, String contentType, String fileName) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        external.setResponseHeader("Content-Security-Policy", ContentSecurityPolicy.STRICT);
        external.setResponseContentLength(content.length);
        external.getResponseOutputStream().write(content);
        faces.responseComplete();
    }
}
