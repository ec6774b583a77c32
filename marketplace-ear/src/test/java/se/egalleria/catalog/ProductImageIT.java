package se.egalleria.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/** Product pictures: checked, scaled, re-encoded, and served only in their own gallery. */
class ProductImageIT extends DeployedGallery {

    @Test
    void anUploadedPictureIsServedInTwoSizes() throws Exception {
        Fixture f = fixture(true);
        assertFalse(f.arjeplog.getJson("/api/v1/products/" + f.product).containsKey("imageVersion"),
                "none yet, and shown so");
        assertEquals(204, put(f, png(2000, 1000), "image/png").statusCode());

        JsonObject product = f.arjeplog.getJson("/api/v1/products/" + f.product);
        assertNotNull(product.getJsonNumber("imageVersion"), "the picture shows at once: " + product);
        BufferedImage thumbnail = image(f, "thumbnail");
        BufferedImage display = image(f, "display");
        assertEquals(300, thumbnail.getWidth());
        assertEquals(150, thumbnail.getHeight());
        assertEquals(1200, display.getWidth());
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").get("/api/v1/products/" + f.product), 404,
                "not-found");
        assertEquals(404, fetch("harjedalen", f.product, "thumbnail").statusCode(), "not in another gallery");
    }

    @Test
    void whatIsNotAPictureIsRefusedClearly() throws Exception {
        Fixture f = fixture(true);
        assertField(put(f, "inte en bild".getBytes(), "image/png"), "image");
        assertField(put(f, png(9000, 10), "image/png"), "image");
        byte[] broken = png(100, 100);
        assertField(put(f, java.util.Arrays.copyOf(broken, 40), "image/png"), "image");
        assertEquals(404, fetch("arjeplog", f.product, "thumbnail").statusCode(), "nothing was stored");
    }

    @Test
    void onlyTheShopsStaffChangeThePictureAndHiddenProductsShowNone() throws Exception {
        Fixture f = fixture(false);
        Person other = f.accounts.shopStaff("arjeplog", f.admin, ProductApiIT.shopId(f.arjeplog, "Laisvalls Handel"));
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        base.toExternalForm() + "api/v1/products/" + f.product + "/image"))
                .version(HttpClient.Version.HTTP_1_1).header("Host", "arjeplog.localhost:" + base.getPort())
                .header("Authorization", "Bearer " + other.token()).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png(50, 50))).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(refused, 403, "forbidden");

        assertEquals(204, put(f, png(50, 50), "image/png").statusCode());
        assertEquals(404, fetch("arjeplog", f.product, "thumbnail").statusCode(), "a hidden product shows nothing");
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertEquals(field, assertProblem(response, 400, "invalid-input").getJsonArray("violations").getJsonObject(0)
                .getString("field"), response.body());
    }

    private HttpResponse<String> put(Fixture f, byte[] bytes, String type) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        URI.create(base.toExternalForm() + "api/v1/products/" + f.product + "/image"))
                .header("Host", "arjeplog.localhost:" + base.getPort())
                .header("Authorization", "Bearer " + f.staff.token()).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> fetch(String slug, long product, String size) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        URI.create(base.toExternalForm() + "images/products/" + product + "/" + size))
                .header("Host", slug + ".localhost:" + base.getPort()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private BufferedImage image(Fixture f, String size) throws Exception {
        HttpResponse<byte[]> response = fetch("arjeplog", f.product, size);
        assertEquals(200, response.statusCode());
        assertEquals("image/jpeg", response.headers().firstValue("Content-Type").orElse(""));
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 30, 30, 128));
        g.fillOval(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private record Fixture(Accounts accounts, GalleryClient arjeplog, Person admin, Person staff, long product) {
    }

    private Fixture fixture(boolean visible) {
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        long shop = ProductApiIT.shopId(arjeplog, "Fjällboden Lanthandel");
        Person admin = accounts.administrator("arjeplog");
        Person staff = accounts.shopStaff("arjeplog", admin, shop);
        HttpResponse<String> created = arjeplog.post("/api/v1/shops/" + shop + "/products", staff.token(),
                Json.createObjectBuilder().add("name", "Bildvara").add("priceOre", 1000).add("vatPercent", 25)
                        .add("visible", visible).build());
        assertEquals(201, created.statusCode(), created.body());
        return new Fixture(accounts, arjeplog, admin, staff,
                ((JsonObject) GalleryClient.json(created)).getJsonNumber("id").longValue());
    }
}
