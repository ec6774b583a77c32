package se.egalleria.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Creates the people a test needs through the gallery's real flows: the platform operator (from
 * the server's configuration) invites an administrator, who invites shop staff and carriers;
 * residents register and confirm by the e-mailed link. Every address is new, so tests share nothing.
 */
public final class Accounts {

    public static final String PASSWORD = "Test-lösenord-2026";

    private final URL base;

    public Accounts(URL base) {
        this.base = base;
        MailCatcher.start();
    }

    /** Someone signed in: their address and API token. */
    public record Person(String email, String token) {
    }

    public static String newAddress(String who) {
        return "it-" + who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    }

    public Person operator() {
        String email = System.getProperty("it.operator.email");
        return new Person(email, signIn(GalleryClient.platform(base), email, System.getProperty("it.operator.password")));
    }

    public Person administrator(String slug) {
        return invited(slug, operator(), "MUNICIPALITY_ADMIN", null, null);
    }

    public Person shopStaff(String slug, Person administrator, long shopId) {
        return invited(slug, administrator, "SHOP_STAFF", shopId, null);
    }

    public Person carrier(String slug, Person administrator, long carrierId) {
        return invited(slug, administrator, "CARRIER", null, carrierId);
    }

    public Person resident(String slug) {
        GalleryClient gallery = GalleryClient.forMunicipality(base, slug);
        String email = newAddress("resident");
        HttpResponse<String> registered = gallery.post("/api/v1/accounts", null, Json.createObjectBuilder()
                .add("email", email).add("password", PASSWORD).add("name", "Test Invånare").build());
        assertEquals(202, registered.statusCode(), registered.body());
        String token = MailCatcher.awaitMailTo(email).token();
        HttpResponse<String> confirmed = gallery.post("/api/v1/accounts/email-confirmations", null,
                Json.createObjectBuilder().add("token", token).build());
        assertEquals(204, confirmed.statusCode(), confirmed.body());
        return new Person(email, signIn(gallery, email, PASSWORD));
    }

    public Person invited(String slug, Person inviter, String role, Long shopId, Long carrierId) {
        GalleryClient gallery = GalleryClient.forMunicipality(base, slug);
        String email = newAddress(role.toLowerCase());
        JsonObjectBuilder invitation = Json.createObjectBuilder().add("email", email).add("role", role);
        if (shopId != null) {
            invitation.add("shopId", shopId);
        }
        if (carrierId != null) {
            invitation.add("carrierId", carrierId);
        }
        HttpResponse<String> invited = gallery.post("/api/v1/invitations", inviter.token(), invitation.build());
        assertEquals(202, invited.statusCode(), invited.body());
        String token = MailCatcher.awaitMailTo(email).token();
        HttpResponse<String> accepted = gallery.post("/api/v1/invitations/acceptances", null,
                Json.createObjectBuilder().add("token", token).add("name", "Test " + role).add("password", PASSWORD)
                        .build());
        assertEquals(204, accepted.statusCode(), accepted.body());
        return new Person(email, signIn(gallery, email, PASSWORD));
    }

    public static String signIn(GalleryClient gallery, String email, String password) {
        HttpResponse<String> response = gallery.post("/api/v1/auth/tokens", null,
                Json.createObjectBuilder().add("email", email).add("password", password).build());
        assertEquals(201, response.statusCode(), response.body());
        return ((JsonObject) GalleryClient.json(response)).getString("token");
    }
}
