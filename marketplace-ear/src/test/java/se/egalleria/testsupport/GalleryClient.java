package se.egalleria.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Talks to the deployed gallery over HTTP as a browser would: with a Host header naming the
 * municipality ({@code arjeplog.localhost:8180}), or none for the platform's own host.
 * (Setting Host needs {@code -Djdk.httpclient.allowRestrictedHeaders=host}; failsafe sets it.)
 */
public final class GalleryClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            // HTTP/2 would replace our Host header by the URI's authority on a reused connection.
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final String host;

    private GalleryClient(URL base, String host) {
        this.base = URI.create(base.toExternalForm().replaceAll("/$", ""));
        this.host = host;
    }

    /** A client for one municipality's gallery, addressed by its host name. */
    public static GalleryClient forMunicipality(URL base, String slug) {
        return new GalleryClient(base, slug + ".localhost:" + base.getPort());
    }

    /** A client for any host name, e.g. one that belongs to no municipality. */
    public static GalleryClient forHost(URL base, String hostName) {
        return new GalleryClient(base, hostName + ":" + base.getPort());
    }

    /** A client for the platform's own host (localhost). */
    public static GalleryClient platform(URL base) {
        return new GalleryClient(base, "localhost:" + base.getPort());
    }

    public HttpResponse<String> get(String path) {
        return get(path, "application/json, text/html;q=0.9");
    }

    public HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .GET();
        if (host != null) {
            request.header("Host", host);
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request with a JSON body (or none) and, when {@code token} is given, a bearer token. */
    public HttpResponse<String> send(String method, String path, String token, JsonStructure body) {
        return send(method, path, token, body, "application/json");
    }

    /** A file download (e.g. text/csv) with a bearer token. */
    public HttpResponse<String> download(String path, String token, String accept) {
        return send("GET", path, token, null, accept);
    }

    /** A binary download (e.g. a PDF) with a bearer token and the given Accept-Language. */
    public HttpResponse<byte[]> downloadBytes(String path, String token, String accept, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .header("Accept-Language", language)
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (host != null) {
            request.header("Host", host);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, String token, JsonStructure body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (host != null) {
            request.header("Host", host);
        }
        return send(request);
    }

    /** A POST of raw bytes (a file), with a bearer token. */
    public HttpResponse<String> postBytes(String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (host != null) {
            request.header("Host", host);
        }
        return send(request);
    }

    /** A JSON POST with one extra header, e.g. Idempotency-Key. */
    public HttpResponse<String> post(String path, String token, JsonStructure body, String header, String value) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (host != null) {
            request.header("Host", host);
        }
        return send(request);
    }

    /**
     * A page as a browser asks for it: a GET when {@code form} is null, else a POST of the
     * URL-encoded form; {@code headers} are further name, value pairs (Cookie, Origin).
     */
    public HttpResponse<String> page(String path, String form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html");
        if (form == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (host != null) {
            request.header("Host", host);
        }
        return send(request);
    }

    /** This client's host header (name:port), as a browser's Origin names it. */
    public String origin() {
        return "http://" + host;
    }

    public HttpResponse<String> post(String path, String token, JsonStructure body) {
        return send("POST", path, token, body);
    }

    public JsonObject getJson(String path) {
        return (JsonObject) json(get(path, "application/json"));
    }

    public static JsonStructure json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}
