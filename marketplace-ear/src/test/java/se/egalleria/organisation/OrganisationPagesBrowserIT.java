package se.egalleria.organisation;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.egalleria.ordering.TwoShops;
import se.egalleria.testsupport.Accessibility;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.MailCatcher;
import se.egalleria.testsupport.Shopping;

/**
 * In the browser: the administrator registers a unit and its agreement with a shop and invites an
 * orderer; the orderer orders for the unit at checkout and follows its spending; the shop finds
 * the unit among its invoice summaries. Axe runs on every new page, also at 320 px.
 */
class OrganisationPagesBrowserIT extends DeployedGallery {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdministratorSetsUpAUnitAndItsOrdererOrdersForIt() {
        TwoShops s = TwoShops.in(base);
        Person admin = new Accounts(base).administrator("arjeplog");
        String name = "Skolköket Laisvall " + Shopping.newKey().substring(0, 8);
        String ordererEmail = Accounts.newAddress("orderer");
        List<String> violations = new ArrayList<>();
        browser = Browser.start(1024, 900);

        Browser.signIn(browser, gallery(), admin.email(), Accounts.PASSWORD);
        browser.get(gallery() + "/municipality/index.xhtml");
        browser.findElement(By.id("organisations-link")).click();
        Browser.awaitHeading(browser, "Organisationskunder");
        violations.addAll(Accessibility.violations(browser, "organisations"));
        browser.findElement(By.id("unit:save")).click();
        Browser.awaitText(browser, By.cssSelector("#unit .field-error"), "Måste fyllas i.");
        browser.findElement(By.id("unit:name")).sendKeys(name);
        new Select(browser.findElement(By.id("unit:kind"))).selectByVisibleText("Skolkök");
        browser.findElement(By.id("unit:invoiceReference")).sendKeys("Kostenheten 4711");
        browser.findElement(By.id("unit:street")).sendKeys("Skolvägen 2");
        browser.findElement(By.id("unit:postalCode")).sendKeys("93092");
        new Select(browser.findElement(By.id("unit:villageId"))).selectByVisibleText("Laisvall");
        browser.findElement(By.id("unit:phone")).sendKeys("0961-123 45");
        browser.findElement(By.id("unit:save")).click();
        Browser.awaitHeading(browser, name);
        long unitId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*unit=(\\d+).*", "$1"));
        assertTrue(browser.findElement(By.cssSelector(".messages")).getText().contains("är registrerad"));
        violations.addAll(Accessibility.violations(browser, "organisation unit"));

        new Select(browser.findElement(By.id("agreement:shopId"))).selectByVisibleText("Slagnäs Livs & Bensin");
        browser.findElement(By.id("agreement:reference")).sendKeys("RA 2026/7");
        setDate("agreement:validFrom", "2026-01-01");
        browser.findElement(By.id("agreement:monthlyLimit")).sendKeys("500");
        browser.findElement(By.id("agreement:prices")).sendKeys(s.bread() + "; 40,00");
        browser.findElement(By.id("agreement:save")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"),
                "Ramavtalet RA 2026/7 med Slagnäs Livs & Bensin är sparat.");
        assertEquals("500 kr", text(browser.findElement(By.cssSelector("#agreement-list tbody td.num"))));
        browser.findElement(By.id("orderer:email")).sendKeys(ordererEmail);
        browser.findElement(By.id("orderer:invite")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "En inbjudan har skickats till " + ordererEmail + ".");
        violations.addAll(Accessibility.violations(browser, "organisation unit with agreement"));

        String token = MailCatcher.awaitMailTo(ordererEmail, "beställa för").token();
        HttpResponse<String> accepted = s.arjeplog().post("/api/v1/invitations/acceptances", null,
                Json.createObjectBuilder().add("token", token).add("name", "Test Beställare")
                        .add("password", Accounts.PASSWORD).build());
        assertEquals(204, accepted.statusCode(), accepted.body());

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, gallery(), ordererEmail, Accounts.PASSWORD);
        browser.get(gallery() + "/product-page.xhtml?id=" + s.bread());
        browser.findElement(By.id("add:submit")).click();
        Browser.awaitText(browser, By.id("basket-count"), "1");
        browser.get(gallery() + "/checkout.xhtml");
        Select orderFor = new Select(browser.findElement(By.id("checkout:organisation")));
        assertEquals(List.of("Mig själv", name), orderFor.getOptions().stream().map(WebElement::getText).toList());
        violations.addAll(Accessibility.violations(browser, "checkout for a unit"));
        orderFor.selectByVisibleText(name);
        browser.findElement(By.xpath("//fieldset[legend[contains(., 'Slagnäs Livs')]]//label[starts-with("
                + "normalize-space(.), 'Hämta i butiken')]")).click();
        browser.findElement(By.id("checkout:place")).click();
        Browser.awaitHeading(browser, "Tack för din beställning!");
        String number = browser.findElement(By.cssSelector(".order-number")).getText();
        JsonObject order = (JsonObject) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/orders/" + number,
                s.slagnasStaff().token(), null));
        assertEquals(name, order.getString("organisation"));
        assertEquals("INVOICE", order.getString("payment"));
        assertEquals(4000, order.getJsonNumber("totalOre").longValue(), "the agreed price");

        browser.get(gallery() + "/account/index.xhtml");
        browser.findElement(By.id("organisation-link")).click();
        Browser.awaitHeading(browser, "Enhetens inköp");
        List<String> row = browser.findElements(By.cssSelector("#spending tbody tr > *")).stream()
                .map(OrganisationPagesBrowserIT::text).toList();
        assertEquals(List.of("Slagnäs Livs & Bensin RA 2026/7", "500 kr", "40 kr", "460 kr"), row);
        violations.addAll(Accessibility.violations(browser, "the unit's spending"));
        narrow(violations, "/account/organisation.xhtml?unit=" + unitId);

        browser.manage().window().setSize(new Dimension(1024, 900));
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, gallery(), s.slagnasStaff().email(), Accounts.PASSWORD);
        browser.get(gallery() + "/shop/orders.xhtml?shop=" + s.slagnas());
        browser.findElement(By.id("organisation-invoices")).click();
        Browser.awaitHeading(browser, "Fakturaunderlag för organisationskunder");
        assertTrue(browser.findElements(By.cssSelector("#customers tbody th")).stream().map(WebElement::getText)
                .anyMatch(name::equals), "the unit is among the shop's organisation customers");
        violations.addAll(Accessibility.violations(browser, "shop invoice summaries"));
        browser.get(gallery() + "/shop/order.xhtml?number=" + number);
        Browser.awaitText(browser, By.id("order-organisation"), "Organisation: " + name + " · "
                + "Fakturaunderlag för organisationskunder");

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, gallery(), admin.email(), Accounts.PASSWORD);
        narrow(violations, "/municipality/organisations.xhtml");
        narrow(violations, "/municipality/organisation.xhtml?unit=" + unitId);
        assertEquals(List.of(), Browser.consoleErrors(browser), "no script errors, no CSP violations");
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    /** The page at 320 px: no sideways scrolling, and axe again. */
    private void narrow(List<String> violations, String page) {
        browser.manage().window().setSize(new Dimension(320, 640));
        browser.get(gallery() + page);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.tagName("h1")));
        long pageWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
        assertTrue(pageWidth <= viewport, page + " at 320 px: " + pageWidth + " > " + viewport + ", too wide: "
                + browser.executeScript("return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 12).join(', ')"));
        violations.addAll(Accessibility.violations(browser, page + " at 320 px"));
    }

    /** Date inputs take typed keys in the browser's locale; the value itself is the same everywhere. */
    private void setDate(String id, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }

    private static String text(WebElement element) {
        return element.getText().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private String gallery() {
        return "http://arjeplog.localhost:" + base.getPort();
    }
}
