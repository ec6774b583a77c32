package se.egalleria.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.AlsoOnEmbeddedH2;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/**
 * What operations look at: readiness (WildFly's own checks; it does not run application health
 * checks inside an EAR, so the deployment's state is the signal) and the API description.
 */
@AlsoOnEmbeddedH2
class OperationsIT extends DeployedGallery {

    /** The tests' server's management port (the build passes it; two runs on one machine differ). */
    private static final int MANAGEMENT_PORT = Integer.getInteger("it.management.port", 9990 + 100);

    @Test
    void isReadyWithTheGalleryDeployed() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + MANAGEMENT_PORT + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject deployments = ((JsonObject) GalleryClient.json(response)).getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("deployments-status"))
                .findFirst().orElseThrow(() -> new AssertionError("no deployments check: " + response.body()));
        assertEquals("UP", deployments.getString("status"));
        assertEquals("OK", deployments.getJsonObject("data").getString("marketplace.ear"));
    }

    @Test
    void describesTheApi() {
        HttpResponse<String> response = GalleryClient.platform(base).get("/openapi", "application/json");

        assertEquals(200, response.statusCode());
        JsonObject paths = ((JsonObject) GalleryClient.json(response)).getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/shops"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/v1/shops/{id}"), paths.keySet().toString());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : java.util.List.of(
                GalleryClient.forMunicipality(base, "arjeplog").get("/", "text/html"),
                GalleryClient.forMunicipality(base, "arjeplog").get("/api/v1/shops"),
                GalleryClient.platform(base).get("/g/arjeplog/", "text/html"),
                GalleryClient.platform(base).get("/g/arjeplog/api/v1/shops"))) {
            assertEquals(200, response.statusCode(), response.uri().toString());
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
        }
    }
}
