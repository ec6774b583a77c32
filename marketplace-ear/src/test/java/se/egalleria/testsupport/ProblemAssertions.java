package se.egalleria.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** What every API error must look like: application/problem+json with a stable type and no internals. */
public final class ProblemAssertions {

    private static final String TYPE_BASE = "https://e-galleria.se/problems/";

    private ProblemAssertions() {
    }

    /** Asserts the problem and returns its body for further checks. */
    public static JsonObject assertProblem(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = (JsonObject) GalleryClient.json(response);
        assertEquals(status, problem.getInt("status"));
        assertEquals(TYPE_BASE + type, problem.getString("type"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(response.body().contains("Exception"), "no exception text reaches the caller: " + response.body());
        return problem;
    }
}
