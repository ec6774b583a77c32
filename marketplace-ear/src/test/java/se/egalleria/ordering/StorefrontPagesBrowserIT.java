package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
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
        browser = Browser.start(360, 740);

        browser.get(gallery() + "/");
        browser.findElement(By.linkText("Fjällboden Lanthandel")).click();
        Browser.awaitHeading(browser, "Fjällboden Lanthandel");
        String terms = browser.findElement(By.id("delivery-terms")).getText();
        assertTrue(terms.contains("Laisvall") && terms.contains("tisdag, fredag") && terms.contains("200 kr"), terms);

        browser.get(gallery() + "/product-page.xhtml?id=" + shops.bread());
        Browser.awaitHeading(browser, bread);
        browser.findElement(By.id("add:quantity")).clear();
        browser.findElement(By.id("add:quantity")).sendKeys("2");
        browser.findElement(By.id("add:submit")).click();
        Browser.awaitText(browser, By.id("basket-count"), "2");

        browser.findElement(By.id("add:quantity")).clear();
        browser.findElement(By.id("add:quantity")).sendKeys("tre");
        browser.findElement(By.id("add:submit")).click();
        Browser.awaitText(browser, By.cssSelector("#add .field-error"), "Antalet måste vara mellan 0 och 99.");
        assertEquals("2", browser.findElement(By.id("basket-count")).getText(), "nothing added");
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

        browser.get(gallery() + "/account/login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(resident.email());
        browser.findElement(By.id("login:password")).sendKeys(Accounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        Browser.awaitHeading(browser, "Mitt konto");
        browser.get(gallery() + "/service.xhtml?id=" + serviceId);
        assertTrue(browser.findElement(By.id("slots")).getText().contains("2 platser kvar"),
                browser.findElement(By.id("slots")).getText());
        browser.findElement(By.cssSelector("#slots input[type=submit]")).click();

        Browser.awaitText(browser, By.cssSelector(".messages"), "Du har bokat en plats.");
        assertTrue(browser.findElement(By.id("slots")).getText().contains("1 plats kvar"),
                browser.findElement(By.id("slots")).getText());
    }

    private String gallery() {
        return "http://arjeplog.localhost:" + base.getPort();
    }
}
