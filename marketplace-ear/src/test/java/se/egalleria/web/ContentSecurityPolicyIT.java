package se.egalleria.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.DeployedGallery;

/**
 * One Content-Security-Policy per response: the strict one, or on a rendered page the same with
 * PrimeFaces' nonce for its own inline scripts; and a plain form still posts back without
 * JavaScript (PrimeFaces checks the nonce on a postback, so the form carries it).
 */
class ContentSecurityPolicyIT extends DeployedGallery {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).build();

    @Test
    void aPageAllowsOnlyItsOwnInlineScriptsByNonce() throws Exception {
        HttpResponse<String> page = get("/account/login.xhtml");
        String nonce = nonceOf(page);
        Document html = Jsoup.parse(page.body());
        for (Element script : html.select("script:not([src])")) {
            assertEquals(nonce, script.attr("nonce"), script.outerHtml());
        }
        assertEquals(nonce, html.selectFirst("form#login input[name=primefaces.nonce]").val());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertFalse(policy.contains("unsafe"), policy);
        assertTrue(policy.contains("style-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
    }

    @Test
    void aPlainFormPostsBackWithoutJavaScript() throws Exception {
        HttpResponse<String> page = get("/account/login.xhtml");
        Element form = Jsoup.parse(page.body()).selectFirst("form#login");
        StringBuilder body = new StringBuilder();
        for (Element input : form.select("input[name]")) {
            String value = switch (input.attr("name")) {
                case "login:email" -> "nobody@example.org";
                case "login:password" -> "not-the-password";
                default -> input.val();
            };
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(input.attr("name"), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        HttpResponse<String> again = http.send(request("/account/login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, again.statusCode(), again.body());
        Document shown = Jsoup.parse(again.body());
        assertEquals("Logga in", shown.selectFirst("h1").text());
        assertFalse(shown.select(".messages li").isEmpty(), "the sign-in was refused with a message: " + again.body());
        assertEquals("nobody@example.org", shown.selectFirst("input[name=login:email]").val());
        assertEquals(nonceOf(page), nonceOf(again), "the page keeps its nonce across postbacks");
    }

    @Test
    void otherResponsesGetTheStrictPolicyOnly() throws Exception {
        for (String path : List.of("/api/v1/shops", "/jakarta.faces.resource/css/gallery.css.xhtml", "/no-such-page.xhtml")) {
            HttpResponse<String> response = get(path);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + ": " + policies);
            assertFalse(policies.get(0).contains("unsafe"), path + ": " + policies);
            assertTrue(policies.get(0).contains("script-src 'self'"), path + ": " + policies);
        }
    }

    private String nonceOf(HttpResponse<String> page) {
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "exactly one policy: " + policies);
        Matcher nonce = NONCE.matcher(policies.get(0));
        assertTrue(nonce.find(), policies.get(0));
        return nonce.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + base.getPort() + "/g/arjeplog" + path));
    }
}
