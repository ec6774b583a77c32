package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;

/**
 * The main journey in a real Chromium: open Arjeplog's gallery, search, add from two shops, check
 * out with home delivery from one and pickup from the other, see the confirmation; both shops
 * then see their order in the back office.
 */
class ShoppingJourneyBrowserIT extends DeployedGallery {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aResidentBuysFromTwoShopsInOneCheckout() {
        TwoShops shops = TwoShops.in(base);
        String cheese = shops.arjeplog().getJson("/api/v1/products/" + shops.cheese()).getString("name");
        String bread = shops.arjeplog().getJson("/api/v1/products/" + shops.bread()).getString("name");
        String run = cheese.substring(cheese.lastIndexOf(' ') + 1);
        browser = Browser.start(1024, 900);

        browser.get(gallery() + "/");
        browser.findElement(By.id("search-q")).sendKeys(run);
        browser.findElement(By.cssSelector(".search-form button")).click();
        Browser.awaitHeading(browser, "Varor");
        add(cheese);
        add(cheese);
        add(bread);
        assertEquals("3", browser.findElement(By.id("basket-count")).getText());

        browser.findElement(By.cssSelector(".basket-link")).click();
        Browser.awaitHeading(browser, "Varukorg");
        List<WebElement> parts = browser.findElements(By.cssSelector(".basket-shop h2"));
        assertEquals(List.of("Fjällboden Lanthandel", "Slagnäs Livs & Bensin"), parts.stream().map(WebElement::getText)
                .sorted().toList());
        assertEquals("299,90 kr", browser.findElement(By.id("basket-total")).getText().replace('\u00a0', ' '));

        browser.findElement(By.id("to-checkout")).click();
        Browser.awaitHeading(browser, "Kassa");
        String email = Accounts.newAddress("laisvall");
        browser.findElement(By.id("checkout:name")).sendKeys("Elsa Lindqvist");
        browser.findElement(By.id("checkout:email")).sendKeys(email);
        browser.findElement(By.id("checkout:phone")).sendKeys("070-123 45 67");
        browser.findElement(By.id("checkout:street")).sendKeys("Byvägen 3");
        browser.findElement(By.id("checkout:postalCode")).sendKeys("930");
        new Select(browser.findElement(By.id("checkout:villageId"))).selectByVisibleText("Laisvall");
        choose("Fjällboden Lanthandel", "Hemsändning");
        choose("Slagnäs Livs & Bensin", "Hämta i butiken");
        browser.findElement(By.id("checkout:place")).click();

        Browser.awaitText(browser, By.id("checkout:postalCode-error"),
                "Ange postnumret med fem siffror, till exempel 930 90.");
        assertEquals("930", browser.findElement(By.id("checkout:postalCode")).getAttribute("value"), "input kept");
        assertEquals("Byvägen 3", browser.findElement(By.id("checkout:street")).getAttribute("value"));
        browser.findElement(By.id("checkout:postalCode")).sendKeys(" 90");
        browser.findElement(By.id("checkout:place")).click();

        Browser.awaitHeading(browser, "Tack för din beställning!");
        List<String> numbers = browser.findElements(By.cssSelector(".order-number")).stream().map(WebElement::getText)
                .toList();
        assertEquals(2, numbers.size());
        String deliveries = browser.findElements(By.cssSelector(".order-delivery")).stream().map(WebElement::getText)
                .toList().toString();
        assertTrue(deliveries.contains("Hemsändning") && deliveries.contains("Laisvall"), deliveries);
        assertTrue(deliveries.contains("Hämtas i butiken"), deliveries);
        assertTrue(browser.findElements(By.id("basket-count")).isEmpty(), "the basket is empty after the order");

        assertTrue(ordersSeenBy(shops, shops.fjallbodenStaff(), shops.fjallboden(), "Fjällboden Lanthandel", numbers)
                .stream().anyMatch(numbers::contains), "Fjällboden sees its order");
        assertTrue(ordersSeenBy(shops, shops.slagnasStaff(), shops.slagnas(), "Slagnäs Livs & Bensin", numbers)
                .stream().anyMatch(numbers::contains), "Slagnäs sees its order");
    }

    private void add(String product) {
        int before = browser.findElements(By.id("basket-count")).isEmpty() ? 0
                : Integer.parseInt(browser.findElement(By.id("basket-count")).getText());
        browser.findElement(By.cssSelector("input[aria-label='Lägg i varukorgen: " + product + "']")).click();
        Browser.awaitText(browser, By.id("basket-count"), String.valueOf(before + 1));
    }

    private void choose(String shop, String method) {
        WebElement part = browser.findElement(By.xpath("//fieldset[legend[contains(., '" + shop + "')]]"));
        part.findElement(By.xpath(".//label[starts-with(normalize-space(.), '" + method + "')]")).click();
    }

    private List<String> ordersSeenBy(TwoShops shops, Person staff, long shopId, String shopName,
                                      List<String> numbers) {
        String number = numbers.stream().filter(n -> shops.arjeplog().send("GET", "/api/v1/orders/" + n,
                staff.token(), null).statusCode() == 200).findFirst().orElseThrow();
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, gallery(), staff.email(), Accounts.PASSWORD);
        browser.get(gallery() + "/shop/orders.xhtml?shop=" + shopId + shops.inboxQueryFor(staff, number));
        Browser.awaitText(browser, By.id("orders-heading"), "Beställningar – " + shopName);
        return browser.findElements(By.cssSelector("#shop-orders td:first-child a")).stream().map(WebElement::getText)
                .toList();
    }

    private String gallery() {
        return "http://arjeplog.localhost:" + base.getPort();
    }
}
