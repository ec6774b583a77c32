package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/**
 * The product list (and the start and shop pages) keep nothing for a visitor who only looks: no HTTP
 * session, no view state. The list's
 * "Lägg i varukorgen" is a plain form that posts back to the list and is then redirected to it.
 */
class ProductListPageIT extends DeployedGallery {

    @Test
    void lookingStartsNoSessionAndAddingStartsOneWithItsBasket() {
        TwoShops shops = TwoShops.in(base);
        String run = run(shops);
        String list = "/products.xhtml?q=" + run;
        HttpResponse<String> looked = shops.arjeplog().page(list, null);
        assertEquals(200, looked.statusCode());
        assertTrue(looked.headers().allValues("Set-Cookie").isEmpty(), "no session for looking: "
                + looked.headers().allValues("Set-Cookie"));
        Element form = addForm(Jsoup.parse(looked.body()), shops.bread());
        assertNull(Jsoup.parse(looked.body()).selectFirst("input[name=jakarta.faces.ViewState]"), "no view state");

        HttpResponse<String> added = shops.arjeplog().page(form.attr("action"), "add=" + shops.bread(),
                "Origin", shops.arjeplog().origin());
        assertEquals(302, added.statusCode(), added.body());
        String session = added.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertTrue(session.contains("SameSite=Lax") && session.contains("HttpOnly"), session);
        URI back = URI.create(added.headers().firstValue("Location").orElseThrow());
        assertTrue(back.getRawQuery().contains("added=" + shops.bread()), back.toString());

        Document after = Jsoup.parse(shops.arjeplog().page(back.getRawPath() + "?" + back.getRawQuery(), null,
                "Cookie", session.substring(0, session.indexOf(';'))).body());
        assertEquals("1", after.getElementById("basket-count").text());
        assertEquals("Tunnbröd " + run + " ligger nu i varukorgen.", after.selectFirst(".messages li").text());
        assertNotNull(after.selectFirst("a.button[href$='/basket.xhtml']"), "a way on to the basket");

        Document reloadedLater = Jsoup.parse(shops.arjeplog().page(back.getRawPath() + "?" + back.getRawQuery(), null)
                .body());
        assertNull(reloadedLater.selectFirst(".messages li"), "an old address says nothing was added");
    }

    @Test
    void theStartPageAndAShopsPageStartNoSessionEither() {
        TwoShops shops = TwoShops.in(base);
        for (String page : new String[] {"/", "/shop-page.xhtml?id=" + shops.fjallboden()}) {
            HttpResponse<String> looked = shops.arjeplog().page(page, null);
            assertEquals(200, looked.statusCode(), page);
            assertTrue(looked.headers().allValues("Set-Cookie").isEmpty(), page + ": "
                    + looked.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void aFormPostedFromAnotherSiteAddsNothing() {
        TwoShops shops = TwoShops.in(base);
        String list = "/products.xhtml?q=" + run(shops);
        HttpResponse<String> forged = shops.arjeplog().page(list, "add=" + shops.bread(), "Origin",
                "http://evil.example");
        assertEquals(200, forged.statusCode());
        assertTrue(forged.headers().allValues("Set-Cookie").isEmpty(), "no basket was made");
        assertTrue(Jsoup.parse(forged.body()).selectFirst(".messages li").text().contains("annan webbplats"));
    }

    @Test
    void anotherMunicipalitysProductCannotBeAddedAndABadIdIsAPlainMessage() {
        TwoShops shops = TwoShops.in(base);
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        HttpResponse<String> foreign = harjedalen.page("/products.xhtml", "add=" + shops.bread(), "Origin",
                harjedalen.origin());
        assertEquals(200, foreign.statusCode());
        assertEquals("Varan finns inte i den här e-gallerian.",
                Jsoup.parse(foreign.body()).selectFirst(".messages li").text());
        assertNull(Jsoup.parse(foreign.body()).getElementById("basket-count"), "nothing in a basket");

        HttpResponse<String> mistyped = shops.arjeplog().page("/products.xhtml", "add=brod");
        assertEquals(200, mistyped.statusCode());
        assertEquals("Adressen innehåller ett ogiltigt nummer. Gå tillbaka och försök igen.",
                Jsoup.parse(mistyped.body()).selectFirst(".messages li").text());
    }

    private static Element addForm(Document page, long productId) {
        List<Element> forms = page.select("form[method=post]:has(input[name=add][value=" + productId + "])");
        assertEquals(1, forms.size(), page.select(".product-list").outerHtml());
        return forms.get(0);
    }

    /** The run marker in the names of the fixture's products ("Tunnbröd <run>"). */
    private static String run(TwoShops shops) {
        String name = shops.arjeplog().getJson("/api/v1/products/" + shops.bread()).getString("name");
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
