package se.egalleria.testsupport;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The one deployment of the EAR that the test classes of a run share: where it answers, and a check,
 * once per run, that it did deploy (a failed deployment would otherwise show as a 404 in every test).
 */
final class SharedDeployment {

    private static final int HTTP_PORT = 8080 + Integer.getInteger("it.port.offset", 100);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static volatile boolean deployed;

    private SharedDeployment() {
    }

    static URL base() {
        try {
            return new URL("http://127.0.0.1:" + HTTP_PORT + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The server reports itself started only after its boot deployments, so the platform's start
     * page answers at once when the EAR deployed; the wait covers a slow first answer.
     */
    static synchronized void awaitDeployed() {
        if (deployed) {
            return;
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI probe = URI.create(base() + "api/v1/payment-methods");
        long giveUpAt = System.nanoTime() + PATIENCE.toNanos();
        String last = "no answer";
        try {
            while (System.nanoTime() < giveUpAt) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(probe)
                            .header("Host", "arjeplog.localhost:" + HTTP_PORT).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        deployed = true;
                        return;
                    }
                    last = "HTTP " + response.statusCode();
                } catch (IOException e) {
                    last = e.toString();
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("The gallery did not answer at " + probe + " (" + last
                + "): did marketplace.ear deploy? See target/it-server/log/server.log");
    }
}
