package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

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

    @Test
    void theListShowsASaleANewProductAndTheLanguageAtOnceThoughItsRowsAreKept() {
        TwoShops shops = TwoShops.in(base);
        String run = run(shops);
        String list = "/products.xhtml?q=" + run;
        long lastJar = shops.shopping().product(shops.slagnas(), shops.slagnasStaff().token(), "Hjortronsylt " + run,
                8900, 1);
        Document before = page(shops, list);
        addForm(before, lastJar);
        assertEquals(before.select(".product-list").outerHtml(), page(shops, list).select(".product-list").outerHtml(),
                "the same rows again");

        String basket = shops.shopping().basket();
        shops.shopping().addOk(basket, lastJar, 1);
        assertEquals(201, shops.shopping().checkout(basket, null, shops.shopping().contact(Accounts.newAddress("sylt"),
                shops.laisvall(), Json.createArrayBuilder().add(Shopping.choice(shops.slagnas(), "SHOP_PICKUP")))
                .build(), Shopping.newKey()).statusCode());
        long newOne = shops.shopping().product(shops.fjallboden(), shops.fjallbodenStaff().token(), "Lingonsylt " + run,
                4900, null);

        Document after = page(shops, list);
        Element soldOut = row(after, "Hjortronsylt " + run);
        assertTrue(badges(soldOut).contains("Slut i lager"), "the sale shows at once: " + soldOut);
        assertNull(soldOut.selectFirst("form"), "and it can no longer be added");
        addForm(after, newOne);
        Element english = row(page(shops, list + "&lang=en"), "Hjortronsylt " + run);
        assertTrue(badges(english).contains("Sold out"), "each language its own rows: " + english);
        assertTrue(badges(row(page(shops, list), "Hjortronsylt " + run)).contains("Slut i lager"));
        assertTrue(page(shops, list + "&lang=en").select("input.add-to-basket").stream()
                .allMatch(button -> button.attr("value").equals("Add to basket")));
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        assertTrue(Jsoup.parse(harjedalen.page(list, null).body()).select(".product-list li").isEmpty(),
                "nothing of Arjeplog's in another gallery's same list");
    }

    private static Document page(TwoShops shops, String path) {
        HttpResponse<String> response = shops.arjeplog().page(path, null);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    private static List<String> badges(Element row) {
        return row.select(".badge").eachText();
    }

    private static Element row(Document page, String productName) {
        return page.select(".product-list li").stream().filter(li -> li.selectFirst("h2").text().equals(productName))
                .findFirst().orElseThrow(() -> new AssertionError(productName + " not in "
                        + page.select(".product-list").outerHtml()));
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
