package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/** The storefront's shop, product and service pages, as a resident on a phone uses them. */
class StorefrontPagesBrowserIT extends DeployedGallery {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shopPageShowsDeliveryTermsAndProductPageAddsAQuantity() {
        TwoShops shops = TwoShops.in(base);
        String bread = shops.arjeplog().getJson("/api/v1/products/" + shops.bread()).getString("name");
        browser = Browser.start(320, 640);

        browser.get(gallery() + "/");
        browser.findElement(By.linkText("Fjällboden Lanthandel")).click();
        Browser.awaitHeading(browser, "Fjällboden Lanthandel");
        String terms = browser.findElement(By.id("delivery-terms")).getText();
        assertTrue(terms.contains("Laisvall") && terms.contains("tisdag, fredag") && terms.contains("200 kr"), terms);
        assertFitsThePhone();

        browser.get(gallery() + "/product-page.xhtml?id=" + shops.bread());
        Browser.awaitHeading(browser, bread);
        browser.findElement(By.id("add:quantity")).clear();
        browser.findElement(By.id("add:quantity")).sendKeys("2");
        browser.findElement(By.id("add:submit")).click();
        Browser.awaitText(browser, By.id("basket-count"), "2");

        browser.findElement(By.id("add:quantity")).clear();
        browser.findElement(By.id("add:quantity")).sendKeys("0");
        browser.findElement(By.id("add:submit")).click();
        Browser.awaitText(browser, By.cssSelector("#add .field-error"), "Ange ett antal mellan 1 och 99.");
        assertEquals("2", browser.findElement(By.id("basket-count")).getText(), "nothing added");
        assertFitsThePhone();
        browser.get(gallery() + "/basket.xhtml");
        assertFitsThePhone();
        browser.get(gallery() + "/checkout.xhtml");
        assertFitsThePhone();
    }

    @Test
    void resultsAreFilteredByShopAndSortedByPrice() {
        TwoShops shops = TwoShops.in(base);
        String cheese = shops.arjeplog().getJson("/api/v1/products/" + shops.cheese()).getString("name");
        String bread = shops.arjeplog().getJson("/api/v1/products/" + shops.bread()).getString("name");
        String run = cheese.substring(cheese.lastIndexOf(' ') + 1);
        assertEquals(List.of(cheese, bread), names(shops.arjeplog().getJson("/api/v1/products?q=" + run
                + "&sort=PRICE_DESCENDING")));
        assertEquals(List.of(bread, cheese), names(shops.arjeplog().getJson("/api/v1/products?q=" + run
                + "&sort=price_ascending")));
        assertProblem(shops.arjeplog().get("/api/v1/products?q=" + run + "&sort=billigast"), 400, "invalid-input");
        browser = Browser.start(1024, 800);

        browser.get(gallery() + "/products.xhtml?q=" + run);
        new Select(browser.findElement(By.id("filter-sort"))).selectByVisibleText("Lägsta pris först");
        browser.findElement(By.cssSelector(".filter-form button")).click();
        Browser.awaitText(browser, By.cssSelector(".product-card h2"), bread);
        new Select(browser.findElement(By.id("filter-shop"))).selectByVisibleText("Fjällboden Lanthandel");
        browser.findElement(By.cssSelector(".filter-form button")).click();
        Browser.awaitText(browser, By.cssSelector(".product-card h2"), cheese);
        assertEquals(1, browser.findElements(By.cssSelector(".product-card")).size());
        assertEquals("Lägsta pris först", new Select(browser.findElement(By.id("filter-sort")))
                .getFirstSelectedOption().getText(), "the choice is kept");
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(p -> p.getString("name"))
                .toList();
    }

    @Test
    void aSignedInResidentBooksASeatOnTheShoppingBus() {
        TwoShops shops = TwoShops.in(base);
        GalleryClient arjeplog = shops.arjeplog();
        HttpResponse<String> service = arjeplog.post("/api/v1/shops/" + shops.fjallboden() + "/services",
                shops.fjallbodenStaff().token(), Json.createObjectBuilder().add("name", "Handlarrunda "
                        + Instant.now().toEpochMilli()).add("description", "Bussen till Arjeplog och hem igen")
                        .add("kind", "SHOPPING_BUS").add("booking", "SLOTS").build());
        assertEquals(201, service.statusCode(), service.body());
        long serviceId = ((JsonObject) GalleryClient.json(service)).getJsonNumber("id").longValue();
        HttpResponse<String> slot = arjeplog.post("/api/v1/services/" + serviceId + "/slots",
                shops.fjallbodenStaff().token(), Json.createObjectBuilder().add("startsAt", Instant.now()
                        .plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString()).add("capacity", 2).build());
        assertEquals(201, slot.statusCode(), slot.body());
        Person resident = new Accounts(base).resident("arjeplog");
        browser = Browser.start(1024, 800);

        Browser.signIn(browser, gallery(), resident.email(), Accounts.PASSWORD);
        browser.get(gallery() + "/service.xhtml?id=" + serviceId);
        assertTrue(browser.findElement(By.id("slots")).getText().contains("2 platser kvar"),
                browser.findElement(By.id("slots")).getText());
        browser.findElement(By.cssSelector("#slots input[type=submit]")).click();

        Browser.awaitText(browser, By.cssSelector(".messages"), "Du har bokat en plats.");
        assertTrue(browser.findElement(By.id("slots")).getText().contains("1 plats kvar"),
                browser.findElement(By.id("slots")).getText());
    }

    /** No sideways scrolling on a 320 px wide phone. */
    private void assertFitsThePhone() {
        long pageWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
        assertTrue(pageWidth <= viewport, browser.getCurrentUrl() + " is " + pageWidth + " px wide on a " + viewport
                + " px screen");
    }

    private String gallery() {
        return "http://arjeplog.localhost:" + base.getPort();
    }
}
