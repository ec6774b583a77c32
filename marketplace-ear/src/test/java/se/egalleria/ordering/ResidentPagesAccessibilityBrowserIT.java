package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import se.egalleria.testsupport.Accessibility;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * axe-core (WCAG 2.1 A and AA rules) over every page a resident uses, in the state a resident
 * sees it: with products, a filled basket, form errors, a placed order, signed in and out, in
 * English, on the message and error pages, and on a phone 320 pixels wide.
 */
class ResidentPagesAccessibilityBrowserIT extends DeployedGallery {

    private ChromeDriver browser;
    private final List<String> violations = new ArrayList<>();

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void residentPagesHaveNoAccessibilityViolations() {
        TwoShops shops = TwoShops.in(base);
        String cheese = shops.arjeplog().getJson("/api/v1/products/" + shops.cheese()).getString("name");
        long service = shoppingBus(shops);
        Person resident = new Accounts(base).resident("arjeplog");
        browser = Browser.start(1024, 800);

        check("/");
        check("/?lang=en");
        check("/?lang=sv");
        check("/products.xhtml?q=" + cheese.substring(cheese.lastIndexOf(' ') + 1));
        check("/products.xhtml?category=" + firstCategory(shops.arjeplog()));
        check("/shop-page.xhtml?id=" + shops.fjallboden());
        check("/service.xhtml?id=" + service);
        check("/product-page.xhtml?id=" + shops.cheese());
        browser.findElement(By.id("add:quantity")).clear();
        browser.findElement(By.id("add:quantity")).sendKeys("2");
        browser.findElement(By.id("add:submit")).click();
        Browser.awaitText(browser, By.id("basket-count"), "2");
        checkCurrent("product page after adding");
        check("/product-page.xhtml?id=" + shops.bread());
        browser.findElement(By.id("add:submit")).click();
        Browser.awaitText(browser, By.id("basket-count"), "3");
        check("/basket.xhtml");
        check("/checkout.xhtml");
        browser.findElement(By.id("checkout:place")).click();
        Browser.awaitText(browser, By.id("checkout:name-error"), "Måste fyllas i.");
        checkCurrent("checkout with errors");
        browser.findElement(By.id("checkout:name")).sendKeys("Elsa Lindqvist");
        browser.findElement(By.id("checkout:email")).sendKeys(Accounts.newAddress("axe"));
        browser.findElement(By.id("checkout:phone")).sendKeys("070-123 45 67");
        browser.findElement(By.id("checkout:street")).sendKeys("Byvägen 3");
        browser.findElement(By.id("checkout:postalCode")).sendKeys("93090");
        new Select(browser.findElement(By.id("checkout:villageId"))).selectByVisibleText("Laisvall");
        browser.findElement(By.id("checkout:place")).click();
        Browser.awaitHeading(browser, "Tack för din beställning!");
        checkCurrent("confirmation");
        String token = browser.getCurrentUrl().replaceAll(".*[?&]token=([^&]+).*", "$1");
        String number = browser.findElement(By.cssSelector(".order-number")).getText();
        check("/order.xhtml?number=" + number + "&token=" + token);
        check("/order.xhtml?number=12&token=wrong");
        check("/account/register.xhtml");
        check("/account/forgot-password.xhtml");
        check("/account/login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(resident.email());
        browser.findElement(By.id("login:password")).sendKeys(Accounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        Browser.awaitHeading(browser, "Mitt konto");
        checkCurrent("my account");
        check("/account/orders.xhtml");

        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void messagePagesErrorPagesAndSignedInPagesHaveNoAccessibilityViolations() {
        TwoShops shops = TwoShops.in(base);
        long service = shoppingBus(shops);
        Person resident = new Accounts(base).resident("arjeplog");
        String basket = shops.shopping().basket();
        shops.shopping().addOk(basket, shops.bread(), 1);
        HttpResponse<String> placed = shops.shopping().checkout(basket, resident.token(), shops.shopping().contact(
                resident.email(), shops.laisvall(), Json.createArrayBuilder()
                        .add(Shopping.choice(shops.slagnas(), "SHOP_PICKUP"))).build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        browser = Browser.start(1024, 800);

        check("/account/confirm-email.xhtml?token=" + Shopping.newKey());
        check("/account/reset-password.xhtml?token=" + Shopping.newKey());
        check("/account/accept-invitation.xhtml?token=" + Shopping.newKey());
        check("/no-such-page.xhtml");
        checkAt("http://ingen-kommun.localhost:" + base.getPort() + "/", "unknown gallery");
        checkAt("http://localhost:" + base.getPort() + "/", "platform start page");
        checkAt("http://localhost:" + base.getPort() + "/?lang=en", "platform start page in English");
        check("/account/login.xhtml");
        // A form whose view state the server does not know: the "page expired" page.
        browser.executeScript("document.querySelector(\"input[name='jakarta.faces.ViewState']\").value = 'stale';");
        browser.findElement(By.id("login:email")).sendKeys(resident.email());
        browser.findElement(By.id("login:password")).sendKeys(Accounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        Browser.awaitHeading(browser, "Sidan har gått ut");
        checkCurrent("page expired");

        Browser.signIn(browser, gallery(), resident.email(), Accounts.PASSWORD);
        check("/account/orders.xhtml");
        assertEquals(1, browser.findElements(By.cssSelector("table tbody tr")).size(), "my orders shows the order");
        check("/service.xhtml?id=" + service);
        assertEquals(1, browser.findElements(By.cssSelector("form input[type='submit'][value='Boka en plats']")).size(),
                "signed in, the slot has its book button");

        check("/product-page.xhtml?id=" + shops.cheese() + "&lang=en");
        browser.findElement(By.id("add:submit")).click();
        Browser.awaitText(browser, By.id("basket-count"), "1");
        check("/basket.xhtml");
        check("/checkout.xhtml");
        Browser.awaitHeading(browser, "Checkout");
        browser.findElement(By.id("checkout:name")).clear();
        browser.findElement(By.id("checkout:place")).click();
        Browser.awaitText(browser, By.id("checkout:name-error"), "Required.");
        checkCurrent("checkout in English with errors");

        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void aPhoneWidthOf320PixelsHasNoAccessibilityViolationsNorSidewaysScrolling() {
        TwoShops shops = TwoShops.in(base);
        String cheese = shops.arjeplog().getJson("/api/v1/products/" + shops.cheese()).getString("name");
        browser = Browser.start(320, 640);
        // A headless window is never narrower than Chromium's own minimum: emulate the phone's screen.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 640,
                "deviceScaleFactor", 2, "mobile", true));

        checkPhone("/");
        assertEquals(320L, ((Number) browser.executeScript("return window.innerWidth")).longValue());
        checkPhone("/products.xhtml?q=" + cheese.substring(cheese.lastIndexOf(' ') + 1));
        checkPhone("/shop-page.xhtml?id=" + shops.fjallboden());
        checkPhone("/product-page.xhtml?id=" + shops.cheese());
        browser.findElement(By.id("add:submit")).click();
        Browser.awaitText(browser, By.id("basket-count"), "1");
        checkPhone("/basket.xhtml");
        checkPhone("/checkout.xhtml");
        browser.findElement(By.id("checkout:place")).click();
        Browser.awaitText(browser, By.id("checkout:name-error"), "Måste fyllas i.");
        checkPhoneCurrent("checkout with errors at 320 px");
        browser.findElement(By.id("checkout:name")).sendKeys("Elsa Lindqvist");
        browser.findElement(By.id("checkout:email")).sendKeys(Accounts.newAddress("phone"));
        browser.findElement(By.id("checkout:phone")).sendKeys("070-123 45 67");
        browser.findElement(By.id("checkout:street")).sendKeys("Byvägen 3");
        browser.findElement(By.id("checkout:postalCode")).sendKeys("93090");
        new Select(browser.findElement(By.id("checkout:villageId"))).selectByVisibleText("Laisvall");
        browser.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Hämta i butiken')]")).click();
        browser.findElement(By.id("checkout:place")).click();
        Browser.awaitHeading(browser, "Tack för din beställning!");
        checkPhoneCurrent("confirmation at 320 px");
        checkPhone("/account/login.xhtml");
        checkPhone("/account/register.xhtml");
        checkPhone("/?lang=en");

        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    /** axe, and nothing wider than the screen (which would make the page scroll sideways). */
    private void checkPhone(String path) {
        browser.get(gallery() + path);
        checkPhoneCurrent(path);
    }

    private void checkPhoneCurrent(String page) {
        checkCurrent(page);
        Object tooWide = browser.executeScript("var page = document.documentElement, width = page.clientWidth;"
                + "if (page.scrollWidth <= width) { return ''; }"
                + "return page.scrollWidth + ' px, by ' + Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > width + 1"
                + " || (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible'))"
                + ".slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + " + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right)"
                + " + '/' + e.scrollWidth).join(', ');");
        if (!String.valueOf(tooWide).isEmpty()) {
            violations.add(page + ": wider than 320 px: " + tooWide);
        }
    }

    private void checkAt(String url, String page) {
        browser.get(url);
        checkCurrent(page);
    }

    private String gallery() {
        return "http://arjeplog.localhost:" + base.getPort();
    }

    private void check(String path) {
        browser.get("http://arjeplog.localhost:" + base.getPort() + path);
        checkCurrent(path);
    }

    private void checkCurrent(String page) {
        violations.addAll(Accessibility.violations(browser, page));
    }

    private static long firstCategory(GalleryClient gallery) {
        return ((jakarta.json.JsonArray) GalleryClient.json(gallery.get("/api/v1/categories")))
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static long shoppingBus(TwoShops shops) {
        HttpResponse<String> service = shops.arjeplog().post("/api/v1/shops/" + shops.fjallboden() + "/services",
                shops.fjallbodenStaff().token(), Json.createObjectBuilder().add("name", "Handlarrunda "
                        + Instant.now().toEpochMilli()).add("description", "Bussen till Arjeplog")
                        .add("kind", "SHOPPING_BUS").add("booking", "SLOTS").build());
        assertEquals(201, service.statusCode(), service.body());
        long id = ((JsonObject) GalleryClient.json(service)).getJsonNumber("id").longValue();
        HttpResponse<String> slot = shops.arjeplog().post("/api/v1/services/" + id + "/slots",
                shops.fjallbodenStaff().token(), Json.createObjectBuilder().add("startsAt", Instant.now()
                        .plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString()).add("capacity", 8).build());
        assertEquals(201, slot.statusCode(), slot.body());
        return id;
    }
}
