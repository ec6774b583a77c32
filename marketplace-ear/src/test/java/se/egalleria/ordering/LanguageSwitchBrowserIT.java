package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;

/** "In English" shows the same page in English: the same product, the same search, inside the same gallery. */
class LanguageSwitchBrowserIT extends DeployedGallery {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSwitchKeepsTheProductAndTheSearch() {
        TwoShops shops = TwoShops.in(base);
        String cheese = shops.arjeplog().getJson("/api/v1/products/" + shops.cheese()).getString("name");
        String bread = shops.arjeplog().getJson("/api/v1/products/" + shops.bread()).getString("name");
        String run = cheese.substring(cheese.lastIndexOf(' ') + 1);
        List<String> found = List.of(bread, cheese).stream().sorted().toList();
        browser = Browser.start(1024, 800);

        browser.get(gallery() + "/product-page.xhtml?id=" + shops.cheese());
        Browser.awaitHeading(browser, cheese);
        assertEquals("Lägg i varukorgen", browser.findElement(By.id("add:submit")).getAttribute("value"));
        switchLanguage("In English");
        Browser.awaitHeading(browser, cheese);
        assertEquals("Add to basket", browser.findElement(By.id("add:submit")).getAttribute("value"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.getCurrentUrl().contains("id=" + shops.cheese()), browser.getCurrentUrl());

        browser.get(gallery() + "/products.xhtml?q=" + run);
        Browser.awaitHeading(browser, "Products");
        switchLanguage("På svenska");
        Browser.awaitHeading(browser, "Varor");
        assertEquals(found, productNames());
        switchLanguage("In English");
        Browser.awaitHeading(browser, "Products");
        assertEquals(found, productNames());
        assertTrue(browser.getCurrentUrl().endsWith("/products.xhtml?q=" + run + "&lang=en"), browser.getCurrentUrl());
    }

    @Test
    void theSwitchStaysInAGalleryReachedByPath() {
        TwoShops shops = TwoShops.in(base);
        String bread = shops.arjeplog().getJson("/api/v1/products/" + shops.bread()).getString("name");
        browser = Browser.start(1024, 800);

        browser.get("http://localhost:" + base.getPort() + "/g/arjeplog/product-page.xhtml?id=" + shops.bread()
                + "&lang=sv");
        Browser.awaitHeading(browser, bread);
        switchLanguage("In English");
        Browser.awaitHeading(browser, bread);
        assertEquals("http://localhost:" + base.getPort() + "/g/arjeplog/product-page.xhtml?id=" + shops.bread()
                + "&lang=en", browser.getCurrentUrl());
        assertEquals("Add to basket", browser.findElement(By.id("add:submit")).getAttribute("value"));
    }

    private void switchLanguage(String label) {
        browser.findElement(By.cssSelector("nav.language a")).click();
        Browser.awaitText(browser, By.cssSelector("nav.language a"), label.equals("In English") ? "På svenska"
                : "In English");
    }

    private List<String> productNames() {
        return browser.findElements(By.cssSelector(".product-card h2")).stream().map(WebElement::getText).sorted()
                .toList();
    }

    private String gallery() {
        return "http://arjeplog.localhost:" + base.getPort();
    }
}
