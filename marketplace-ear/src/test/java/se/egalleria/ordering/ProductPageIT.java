package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/**
 * A product's page keeps nothing for a visitor who only looks (no HTTP session, no view state);
 * its "Lägg i varukorgen" is a plain form posted back to the page, then redirected to it.
 */
class ProductPageIT extends DeployedGallery {

    @Test
    void lookingStartsNoSessionAndAddingTwoStartsOneWithItsBasket() {
        TwoShops shops = TwoShops.in(base);
        HttpResponse<String> looked = shops.arjeplog().page(productPage(shops.bread()), null);
        assertEquals(200, looked.statusCode());
        assertTrue(looked.headers().allValues("Set-Cookie").isEmpty(), "no session for looking: "
                + looked.headers().allValues("Set-Cookie"));
        Document page = Jsoup.parse(looked.body());
        assertNull(page.selectFirst("input[name=jakarta.faces.ViewState]"), "no view state");
        Element form = page.getElementById("add");
        assertEquals("post", form.attr("method"));
        assertEquals("add:quantity", form.selectFirst("label").attr("for"), "the quantity has its label");
        assertTrue(!page.getElementById("add:quantity").hasAttr("aria-invalid")
                && !page.getElementById("add:quantity").hasAttr("aria-describedby"), "nothing wrong yet");

        HttpResponse<String> added = shops.arjeplog().page(form.attr("action"), "quantity=2",
                "Origin", shops.arjeplog().origin());
        assertEquals(302, added.statusCode(), added.body());
        String session = added.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        URI back = URI.create(added.headers().firstValue("Location").orElseThrow());
        Document after = Jsoup.parse(shops.arjeplog().page(back.getRawPath() + "?" + back.getRawQuery(), null,
                "Cookie", session.substring(0, session.indexOf(';'))).body());
        assertEquals("2", after.getElementById("basket-count").text());
        String name = after.getElementById("product-heading").text();
        assertEquals(name + " ligger nu i varukorgen.", after.selectFirst(".messages li").text());

        Document oldAddress = Jsoup.parse(shops.arjeplog().page(back.getRawPath() + "?" + back.getRawQuery(), null)
                .body());
        assertNull(oldAddress.selectFirst(".messages li"), "an old address says nothing was added");
    }

    @Test
    void aQuantityThatIsNoNumberOrTooLargeIsSaidOnTheFieldAndAddsNothing() {
        TwoShops shops = TwoShops.in(base);
        for (String typed : new String[] {"två", "", "250"}) {
            HttpResponse<String> refused = shops.arjeplog().page(productPage(shops.bread()), "quantity=" + URLEncoder.encode(typed, StandardCharsets.UTF_8),
                    "Origin", shops.arjeplog().origin());
            assertEquals(200, refused.statusCode(), typed);
            Document page = Jsoup.parse(refused.body());
            Element input = page.getElementById("add:quantity");
            assertEquals("true", input.attr("aria-invalid"), typed);
            assertEquals("add:quantity-error", input.attr("aria-describedby"), typed);
            assertEquals(typed, input.attr("value"), "what was typed is shown again");
            assertEquals("Ange ett antal mellan 1 och 99.", page.getElementById("add:quantity-error").text(), typed);
            assertNull(page.getElementById("basket-count"), typed + ": nothing in a basket");
        }
    }

    @Test
    void moreThanIsInStockIsSaidAndLeavesNoEmptyBasketNorSession() {
        TwoShops shops = TwoShops.in(base);
        HttpResponse<String> refused = shops.arjeplog().page(productPage(shops.cheese()), "quantity=20",
                "Origin", shops.arjeplog().origin());
        assertEquals(200, refused.statusCode());
        Document page = Jsoup.parse(refused.body());
        assertEquals("Det finns bara 10 kvar av " + page.getElementById("product-heading").text() + ".",
                page.selectFirst(".messages li").text());
        assertTrue(refused.headers().allValues("Set-Cookie").isEmpty(), "no session, no basket: "
                + refused.headers().allValues("Set-Cookie"));
    }

    @Test
    void aFormFromAnotherSiteOrAnotherMunicipalitysProductAddsNothing() {
        TwoShops shops = TwoShops.in(base);
        HttpResponse<String> forged = shops.arjeplog().page(productPage(shops.bread()), "quantity=1",
                "Origin", "http://evil.example");
        assertEquals(200, forged.statusCode());
        assertTrue(forged.headers().allValues("Set-Cookie").isEmpty(), "no basket was made");
        assertTrue(Jsoup.parse(forged.body()).selectFirst(".messages li").text().contains("annan webbplats"));

        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        HttpResponse<String> foreign = harjedalen.page(productPage(shops.bread()), "quantity=1",
                "Origin", harjedalen.origin());
        assertEquals(200, foreign.statusCode());
        Document page = Jsoup.parse(foreign.body());
        assertEquals("Varan finns inte i den här e-gallerian.", page.selectFirst(".messages li").text());
        assertNull(page.getElementById("add"), "no form for a product not here");
        assertNull(page.getElementById("basket-count"), "nothing in a basket");
        assertTrue(foreign.headers().allValues("Set-Cookie").isEmpty(), "no session, no basket");
    }

    private static String productPage(long productId) {
        return "/product-page.xhtml?id=" + productId;
    }
}
