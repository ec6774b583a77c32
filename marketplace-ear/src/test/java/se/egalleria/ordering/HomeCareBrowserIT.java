package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.egalleria.testsupport.Accessibility;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * In the browser: the administrator assigns a resident to a home-care worker on "Hemtjänst"; the
 * worker sees the resident and orders for them at checkout with the resident's details filled in;
 * the resident repeats an earlier order and sees what changed before confirming. axe on every page.
 */
class HomeCareBrowserIT extends DeployedGallery {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aWorkerOrdersForAnAssignedResidentWhoThenRepeatsAnOrderSeeingTheChanges() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person admin = accounts.administrator("arjeplog");
        Person worker = accounts.invited("arjeplog", admin, "HOME_CARE", null, null);
        Person resident = accounts.resident("arjeplog");
        String run = Shopping.newKey().substring(0, 8);
        String street = "Fjällvägen " + run;
        String staff = s.slagnasStaff().token();
        long juice = s.shopping().product(s.slagnas(), staff, "Saft " + run, 3000, null);
        long eggs = s.shopping().product(s.slagnas(), staff, "Ägg " + run, 4500, 2);
        String earlier = ownOrder(s, resident, street, juice, eggs);
        List<String> violations = new ArrayList<>();
        browser = Browser.start(1024, 900);

        // The administrator assigns the resident to the worker.
        Browser.signIn(browser, gallery(), admin.email(), Accounts.PASSWORD);
        browser.get(gallery() + "/municipality/index.xhtml");
        browser.findElement(By.linkText("Hemtjänst")).click();
        Browser.awaitHeading(browser, "Hemtjänst");
        browser.findElement(By.id("assign:residentEmail")).sendKeys("ingen-" + run + "@example.se");
        new Select(browser.findElement(By.id("assign:worker"))).selectByVisibleText("Test HOME_CARE (" + worker.email()
                + ")");
        browser.findElement(By.id("assign:submit")).click();
        Browser.awaitText(browser, By.cssSelector("#assign .field-error"),
                "Det finns ingen invånare med den e-postadressen i den här e-gallerian.");
        browser.findElement(By.id("assign:residentEmail")).clear();
        browser.findElement(By.id("assign:residentEmail")).sendKeys(resident.email());
        new Select(browser.findElement(By.id("assign:worker"))).selectByVisibleText("Test HOME_CARE (" + worker.email()
                + ")");
        browser.findElement(By.id("assign:submit")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Test Invånare är kopplad till Test HOME_CARE.");
        assertTrue(browser.findElements(By.cssSelector("input[aria-label='Ta bort Test Invånare från Test HOME_CARE']"))
                .size() >= 1);
        violations.addAll(Accessibility.violations(browser, "home care (console)"));

        // The worker sees the resident and orders for them without typing their details.
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, gallery(), worker.email(), Accounts.PASSWORD);
        browser.findElement(By.id("nav-home-care")).click();
        Browser.awaitHeading(browser, "Hemtjänst – mina brukare");
        assertTrue(browser.findElement(By.id("residents")).getText().contains(resident.email()));
        assertEquals(gallery() + "/repeat.xhtml?number=" + earlier, browser.findElement(By.linkText(
                "Upprepa senaste beställningen för Test Invånare")).getAttribute("href"));
        violations.addAll(Accessibility.violations(browser, "home care (worker)"));
        browser.get(gallery() + "/product-page.xhtml?id=" + s.bread());
        browser.findElement(By.id("add:submit")).click();
        Browser.awaitText(browser, By.id("basket-count"), "1");
        browser.get(gallery() + "/checkout.xhtml");
        assertEquals("Test HOME_CARE", browser.findElement(By.id("checkout:name")).getAttribute("value"));
        new Select(browser.findElement(By.id("checkout:onBehalfOf"))).selectByVisibleText("Test Invånare");
        awaitValue(By.id("checkout:street"), street);
        assertEquals("Elsa Lindqvist", browser.findElement(By.id("checkout:name")).getAttribute("value"));
        assertEquals(resident.email(), browser.findElement(By.id("checkout:email")).getAttribute("value"));
        assertEquals("070-123 45 67", browser.findElement(By.id("checkout:phone")).getAttribute("value"));
        assertEquals("Laisvall", new Select(browser.findElement(By.id("checkout:villageId")))
                .getFirstSelectedOption().getText());
        violations.addAll(Accessibility.violations(browser, "checkout for a resident"));
        browser.findElement(By.xpath("//fieldset[legend[contains(., 'Slagnäs Livs')]]//label[starts-with("
                + "normalize-space(.), 'Hämta i butiken')]")).click();
        browser.findElement(By.id("checkout:place")).click();
        Browser.awaitHeading(browser, "Tack för din beställning!");
        String number = browser.findElement(By.cssSelector(".order-number")).getText();
        JsonObject order = (JsonObject) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/orders/" + number,
                s.slagnasStaff().token(), null));
        assertEquals("ON_BEHALF", order.getString("channel"));
        assertEquals(worker.email(), order.getString("placedBy"));
        assertEquals(street, order.getString("street"));

        violations.addAll(onAPhone(admin, worker));

        // Since the resident's earlier order: juice costs more, the eggs are sold out.
        change(s, staff, juice, "Saft " + run, 3500);
        // The resident repeats the earlier order on a phone-sized screen, seeing the changes first.
        browser.quit();
        browser = Browser.start(320, 800);
        Browser.signIn(browser, gallery(), resident.email(), Accounts.PASSWORD);
        browser.get(gallery() + "/account/orders.xhtml");
        browser.findElement(By.cssSelector("a[aria-label='Upprepa beställning " + earlier + "']")).click();
        Browser.awaitHeading(browser, "Upprepa beställningen");
        assertEquals("Något har ändrats sedan sist: se raderna nedan.", browser.findElement(By.id("repeat-summary"))
                .getText());
        assertEquals("Nytt pris: 30 kr → 35 kr", rowChange("Saft " + run));
        assertEquals("Slut i lager", rowChange("Ägg " + run));
        assertEquals("35 kr", text(By.id("repeat-total")), "one juice at today's price; no eggs");
        assertEquals(2, orders(s, resident), "nothing placed yet: the earlier order and the worker's only");
        violations.addAll(Accessibility.violations(browser, "repeat an order"));
        violations.addAll(tooWide("repeat an order"));
        browser.findElement(By.id("repeat:confirm")).click();
        Browser.awaitHeading(browser, "Tack för din beställning!");
        String repeated = browser.findElement(By.cssSelector(".order-number")).getText();
        JsonObject placed = (JsonObject) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/orders/" + repeated,
                resident.token(), null));
        assertEquals(3500, placed.getJsonNumber("itemsTotalOre").longValue());
        assertEquals("SHOP_PICKUP", placed.getString("delivery"));
        assertEquals(3, orders(s, resident));
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    /** The resident's own pickup order at Slagnäs: one juice and both eggs, from the street in Laisvall. */
    private static String ownOrder(TwoShops s, Person resident, String street, long juice, long eggs) {
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, juice, 1);
        s.shopping().addOk(basket, eggs, 2);
        HttpResponse<String> placed = s.shopping().checkout(basket, resident.token(), s.shopping().contact(
                resident.email(), street, s.laisvall(), Json.createArrayBuilder().add(Shopping.choice(s.slagnas(),
                        "SHOP_PICKUP"))).build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        return CheckoutApiIT.orders(placed).get(0).getString("number");
    }

    private static void change(TwoShops s, String staff, long productId, String name, long priceOre) {
        int version = s.arjeplog().getJson("/api/v1/products/" + productId).getInt("version");
        HttpResponse<String> changed = s.arjeplog().send("PUT", "/api/v1/products/" + productId, staff,
                Json.createObjectBuilder().add("name", name).add("description", "").add("priceOre", priceOre)
                        .add("vatPercent", 12).add("unit", "ST").add("storage", "CHILLED").add("version", version)
                        .build());
        assertEquals(200, changed.statusCode(), changed.body());
    }

    private static int orders(TwoShops s, Person who) {
        return ((JsonObject) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/me/orders?size=1", who.token(),
                null))).getInt("totalItems");
    }

    private String rowChange(String product) {
        return browser.findElement(By.xpath("//table[@id='repeat-lines']//tr[th[normalize-space(.)='" + product
                + "']]/td[contains(@class, 'repeat-change')]")).getText().replace('\u00a0', ' ').strip();
    }

    private String text(By locator) {
        return browser.findElement(locator).getText().replace('\u00a0', ' ').strip();
    }

    private void awaitValue(By locator, String value) {
        try {
            // The ajax update replaces the contact fields: a field read just as it is replaced is stale.
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(locator, "value", value));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected the value \"" + value + "\" in " + locator + ", found \""
                    + browser.findElement(locator).getAttribute("value") + "\"", e);
        }
    }

    /** The two home-care pages on a phone-sized screen: nothing wider than 320 px. */
    private List<String> onAPhone(Person admin, Person worker) {
        ChromeDriver desktop = browser;
        browser = Browser.start(320, 800);
        try {
            Browser.signIn(browser, gallery(), admin.email(), Accounts.PASSWORD);
            browser.get(gallery() + "/municipality/home-care.xhtml");
            Browser.awaitHeading(browser, "Hemtjänst");
            List<String> found = new ArrayList<>(tooWide("home care (console)"));
            browser.manage().deleteAllCookies();
            Browser.signIn(browser, gallery(), worker.email(), Accounts.PASSWORD);
            browser.get(gallery() + "/account/home-care.xhtml");
            Browser.awaitHeading(browser, "Hemtjänst – mina brukare");
            found.addAll(tooWide("home care (worker)"));
            return found;
        } finally {
            browser.quit();
            browser = desktop;
        }
    }

    /** Elements that make the page wider than the screen (it would scroll sideways). */
    private List<String> tooWide(String page) {
        Object wide = browser.executeScript("var page = document.documentElement, width = page.clientWidth;"
                + "if (page.scrollWidth <= width) { return ''; }"
                + "return page.scrollWidth + ' px, by ' + Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > width + 1).slice(0, 8)"
                + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')).join(', ');");
        return String.valueOf(wide).isEmpty() ? List.of() : List.of(page + ": wider than 320 px: " + wide);
    }

    private String gallery() {
        return "http://arjeplog.localhost:" + base.getPort();
    }
}
