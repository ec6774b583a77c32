package se.egalleria.web.rest.error;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** RFC 9457 problem details, the body of every API error. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "violations", "incidentId"})
public record Problem(String type, String title, int status, String detail, List<Violation> violations,
                      String incidentId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://e-galleria.se/problems/";

    /** One field the caller has to correct. */
    public record Violation(String field, String message) {
    }

    public static Problem of(int status, String typeSlug, String title, String detail) {
        return new Problem(TYPE_BASE + typeSlug, title, status, detail, null, null);
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, detail, List.copyOf(list), incidentId);
    }

    public Problem withIncidentId(String id) {
        return new Problem(type, title, status, detail, violations, id);
    }
}
