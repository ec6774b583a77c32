package se.egalleria.web.rest.ordering;

import jakarta.ws.rs.core.Response;

/** PDF downloads: a file name, and no caching (they hold personal data). */
final class PdfResponses {

    private PdfResponses() {
    }

    static Response attachment(byte[] pdf, String fileName) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
