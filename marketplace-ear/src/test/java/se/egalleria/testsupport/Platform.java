package se.egalleria.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpResponse;

/** The platform operator's console through its API: new municipalities with unique slugs and hosts. */
public final class Platform {

    private final URL base;
    private final GalleryClient platform;
    private final String operatorToken;

    public Platform(URL base, String operatorToken) {
        this.base = base;
        this.platform = GalleryClient.platform(base);
        this.operatorToken = operatorToken;
    }

    public URL base() {
        return base;
    }

    public String token() {
        return operatorToken;
    }

    /** A slug no run has used, e.g. it-3f2a9c1b. */
    public static String newSlug() {
        return "it-" + Shopping.newKey().substring(0, 8);
    }

    /** A valid request for a new municipality on {@code slug}.localhost with one village. */
    public static JsonObjectBuilder municipality(String slug, String administratorEmail) {
        return Json.createObjectBuilder()
                .add("slug", slug).add("name", "Testkommun " + slug).add("county", "Norrbottens län")
                .add("hosts", Json.createArrayBuilder().add(slug + ".localhost"))
                .add("defaultLocale", "sv").add("primaryColor", "#1d4f6e").add("accentColor", "#9c3d10")
                .add("deliveryFeeOre", 2500).add("welcomeSv", "Välkommen till butikerna i " + slug + ".")
                .add("welcomeEn", "Welcome.").add("contactEmail", "kommun@example.se").add("contactPhone", "0970-100 00")
                .add("administratorEmail", administratorEmail)
                .add("villages", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "Storbyn").add("latitude", 67.1744)
                                .add("longitude", 23.3781).add("households", 900))
                        .add(Json.createObjectBuilder().add("name", "Småbyn").add("latitude", 67.2)
                                .add("longitude", 23.1)));
    }

    public HttpResponse<String> create(JsonObject request) {
        return platform.post("/api/v1/platform/municipalities", operatorToken, request);
    }

    /** Creates the municipality and returns its slug (the administrator's invitation is in the mail). */
    public String created(String administratorEmail) {
        String slug = newSlug();
        HttpResponse<String> created = create(municipality(slug, administratorEmail).build());
        assertEquals(201, created.statusCode(), created.body());
        return slug;
    }

    public HttpResponse<String> send(String method, String path) {
        return platform.send(method, path, operatorToken, null);
    }
}
