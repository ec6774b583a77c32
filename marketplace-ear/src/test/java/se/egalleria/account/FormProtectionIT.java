package se.egalleria.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;

/**
 * A form posted from elsewhere (cross-site request forgery) carries no view state of the
 * person's session: it is refused with a friendly page, and signs nobody in.
 */
class FormProtectionIT extends DeployedGallery {

    @Test
    void aForgedSignInFormIsRefused() throws Exception {
        Person resident = new Accounts(base).resident("arjeplog");
        String form = "login=login&login%3Aemail=" + URLEncoder.encode(resident.email(), StandardCharsets.UTF_8)
                + "&login%3Apassword=" + URLEncoder.encode(Accounts.PASSWORD, StandardCharsets.UTF_8)
                + "&login%3Asubmit=Logga+in&jakarta.faces.ViewState=1234567890%3A987654321";
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "")
                                + "/g/arjeplog/account/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Host", "localhost:" + base.getPort())
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("Sidan har gått ut"), response.body());
        assertFalse(response.headers().firstValue("Location").isPresent(), "no redirect to the account page");
        assertFalse(response.body().contains("Exception"), response.body());
    }
}
