package se.egalleria.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.AlsoOnEmbeddedH2;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/** The start page of each gallery, as HTML: its own branding and shops, Swedish first. */
@AlsoOnEmbeddedH2
class StartPageIT extends DeployedGallery {

    @Test
    void eachGalleryShowsItsOwnNameWelcomeTextLogoAndShops() {
        Document arjeplog = page(GalleryClient.forMunicipality(base, "arjeplog"), "/");
        Document harjedalen = page(GalleryClient.forMunicipality(base, "harjedalen"), "/");

        assertEquals("Arjeplog – e-galleria", arjeplog.title());
        assertEquals("Välkommen till e-gallerian i Arjeplog", arjeplog.selectFirst("h1").text());
        assertTrue(arjeplog.selectFirst(".welcome-text").text().startsWith("Handla från butikerna i Arjeplogs kommun"));
        assertNotNull(arjeplog.selectFirst("img.logo[src=/branding/logo]"));
        assertNotNull(arjeplog.selectFirst("link[rel=stylesheet][href=/branding/theme.css]"));
        assertTrue(shopNames(arjeplog).contains("Laisvalls Handel"));
        assertFalse(shopNames(arjeplog).contains("Svegs Livs"));

        assertEquals("Välkommen till e-gallerian i Härjedalen", harjedalen.selectFirst("h1").text());
        assertTrue(shopNames(harjedalen).contains("Svegs Livs"));
        assertFalse(shopNames(harjedalen).contains("Laisvalls Handel"));
        assertTrue(text(harjedalen).contains("Hemsändning kostar 20 kr per leverans."), harjedalen.text());
    }

    @Test
    void isSwedishByDefaultAndEnglishOnRequest() {
        GalleryClient ornskoldsvik = GalleryClient.forMunicipality(base, "ornskoldsvik");
        Document swedish = page(ornskoldsvik, "/");
        Document english = page(ornskoldsvik, "/?lang=en");

        assertEquals("sv", swedish.selectFirst("html").attr("lang"));
        assertEquals("In English", swedish.selectFirst("nav.language a").text());
        assertEquals("en", english.selectFirst("html").attr("lang"));
        assertEquals("Welcome to the local online gallery of Örnsköldsvik", english.selectFirst("h1").text());
        assertTrue(english.selectFirst(".welcome-text").text().startsWith("The service points of rural Örnsköldsvik"));
        assertTrue(text(english).contains("Home delivery costs 25 kr per delivery."), english.text());
    }

    @Test
    void linksUnderThePathPrefixStayInTheGallery() {
        Document page = page(GalleryClient.platform(base), "/g/harjedalen/");

        assertEquals("Välkommen till e-gallerian i Härjedalen", page.selectFirst("h1").text());
        assertNotNull(page.selectFirst("img.logo[src=/g/harjedalen/branding/logo]"));
        assertNotNull(page.selectFirst("link[href=/g/harjedalen/branding/theme.css]"));
        assertEquals("/g/harjedalen/", page.selectFirst("a.brand").attr("href"));
    }

    @Test
    void thePlatformStartPageListsTheGalleries() {
        Document page = page(GalleryClient.platform(base), "/");

        assertEquals("Lokala e-gallerior", page.selectFirst("h1").text());
        List<String> links = page.select(".municipality-card h2 a").eachAttr("href");
        assertTrue(links.contains("http://arjeplog.localhost:" + base.getPort() + "/"), links.toString());
        assertTrue(page.select(".municipality-card a").eachAttr("href").contains("/g/ornskoldsvik/"));
    }

    @Test
    void everyPageHasTheBasicsOfAccessibility() {
        Document page = page(GalleryClient.forMunicipality(base, "arjeplog"), "/");

        assertNotNull(page.selectFirst("a.skip-link[href=#main]"));
        assertNotNull(page.selectFirst("main#main"));
        assertNotNull(page.selectFirst("meta[name=viewport]"));
        assertEquals(1, page.select("h1").size());
        for (Element image : page.select("img")) {
            assertTrue(image.hasAttr("alt"), "every image has an alt text: " + image);
        }
    }

    @Test
    void residentsSearchAndBrowseTheProductsLoadedFromTenantConfig() {
        GalleryClient harjedalen = GalleryClient.forMunicipality(base, "harjedalen");
        Document start = page(harjedalen, "/");
        assertEquals("/products.xhtml", start.selectFirst("form.search-form").attr("action"));

        Document found = page(harjedalen, "/products.xhtml?q=V%C3%84STERBOTTEN");
        Element card = found.select(".product-card").stream()
                .filter(c -> c.selectFirst("h2").text().equals("Västerbottensost")).findFirst().orElseThrow();
        assertEquals("Svegs Livs", card.selectFirst(".shop-name").text());
        assertEquals("139 kr / kg", card.selectFirst(".price").text().replace('\u00a0', ' '));
        assertEquals("Kylvara – kommer i kylväska", card.selectFirst(".badge").text());

        Document dairy = page(harjedalen, "/products.xhtml?q=mj%C3%B6lk");
        Element milk = dairy.select(".product-card").stream()
                .filter(c -> c.selectFirst("h2").text().equals("Standardmjölk 3 %")).findFirst().orElseThrow();
        assertEquals("Jämförpris 12,60 kr/l", milk.select("p.muted").text().replace('\u00a0', ' '),
                "18,90 kr for 1,5 l");
        assertTrue(dairy.select(".category-list a").eachText().contains("Mejeri"));
        assertFalse(dairy.text().contains("Mellanmjölk"), "Arjeplog's milk is not in Härjedalen's gallery");
    }

    @Test
    void aGallerysPageAskedForOnThePlatformsHostIsNotFound() {
        GalleryClient platform = GalleryClient.platform(base);
        for (String page : List.of("/shop-page.xhtml?id=1", "/product-page.xhtml?id=1", "/service.xhtml?id=1")) {
            HttpResponse<String> response = platform.get(page, "text/html");
            assertEquals(404, response.statusCode(), page + ": " + response.body());
        }
    }

    @Test
    void aMistypedNumberInTheAddressGetsAPlainMessage() {
        Document page = page(GalleryClient.forMunicipality(base, "arjeplog"), "/products.xhtml?page=abc");

        assertEquals("Adressen innehåller ett ogiltigt nummer. Gå tillbaka och försök igen.",
                page.selectFirst(".messages li").text());
        assertFalse(page.text().contains("j_idt"), "no component ids shown to people");
    }

    private static Document page(GalleryClient gallery, String path) {
        HttpResponse<String> response = gallery.get(path, "text/html");
        assertEquals(200, response.statusCode(), response.body());
        return Jsoup.parse(response.body());
    }

    /** The page's text with non-breaking spaces (used between amount and "kr") as plain ones. */
    private static String text(Document page) {
        return page.text().replace('\u00a0', ' ');
    }

    private static List<String> shopNames(Document page) {
        return page.select(".shop-card h3").eachText();
    }
}
