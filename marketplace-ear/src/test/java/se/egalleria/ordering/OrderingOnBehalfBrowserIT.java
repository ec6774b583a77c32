package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

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

/**
 * In the browser: a resident asks a relative to order for them, the relative accepts, and the
 * checkout then lets the relative choose to order for the resident; the resident ends it again.
 */
class OrderingOnBehalfBrowserIT extends DeployedGallery {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aResidentLetsARelativeOrderForThem() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        Person resident = accounts.resident("arjeplog");
        Person relative = accounts.resident("arjeplog");
        List<String> violations = new ArrayList<>();
        browser = Browser.start(1024, 900);

        Browser.signIn(browser, gallery(), resident.email(), Accounts.PASSWORD);
        browser.get(gallery() + "/account/index.xhtml");
        browser.findElement(By.id("delegations-link")).click();
        Browser.awaitHeading(browser, "Ombud – beställa åt någon annan");
        browser.findElement(By.id("invite:email")).sendKeys(resident.email());
        browser.findElement(By.id("invite:send")).click();
        Browser.awaitText(browser, By.id("invite:email-error"), "Ange någon annans e-postadress än din egen.");
        assertEquals(resident.email(), browser.findElement(By.id("invite:email")).getAttribute("value"), "input kept");
        browser.findElement(By.id("invite:email")).clear();
        browser.findElement(By.id("invite:email")).sendKeys(relative.email());
        browser.findElement(By.id("invite:send")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "En förfrågan har skickats till " + relative.email() + ".");
        assertEquals(relative.email() + " – väntar på svar",
                browser.findElement(By.cssSelector("#given li")).getText().replaceAll("\\s+", " ").strip());
        violations.addAll(Accessibility.violations(browser, "delegations (resident)"));

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, gallery(), relative.email(), Accounts.PASSWORD);
        browser.get(gallery() + "/account/delegations.xhtml");
        browser.findElement(By.cssSelector("input[aria-label='Godkänn att beställa åt Test Invånare']")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Klart: du får nu beställa åt personen.");
        violations.addAll(Accessibility.violations(browser, "delegations (relative)"));

        browser.get(gallery() + "/product-page.xhtml?id=" + s.bread());
        browser.findElement(By.id("add:submit")).click();
        Browser.awaitText(browser, By.id("basket-count"), "1");
        browser.get(gallery() + "/checkout.xhtml");
        Select orderFor = new Select(browser.findElement(By.id("checkout:onBehalfOf")));
        assertEquals(List.of("Mig själv", "Test Invånare"), orderFor.getOptions().stream()
                .map(o -> o.getText()).toList());
        violations.addAll(Accessibility.violations(browser, "checkout for someone"));
        orderFor.selectByVisibleText("Test Invånare");
        // The form is filled with the resident's details (here the account's: no earlier order), not the relative's.
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // fields replaced by ajax
                .until(ExpectedConditions.attributeToBe(
                By.id("checkout:email"), "value", resident.email()));
        assertEquals("Test Invånare", browser.findElement(By.id("checkout:name")).getAttribute("value"));
        browser.findElement(By.id("checkout:phone")).sendKeys("070-123 45 67");
        browser.findElement(By.id("checkout:street")).sendKeys("Byvägen 3");
        browser.findElement(By.id("checkout:postalCode")).sendKeys("93090");
        new Select(browser.findElement(By.id("checkout:villageId"))).selectByVisibleText("Laisvall");
        browser.findElement(By.xpath("//fieldset[legend[contains(., 'Slagnäs Livs')]]//label[starts-with("
                + "normalize-space(.), 'Hämta i butiken')]")).click();
        browser.findElement(By.id("checkout:place")).click();
        Browser.awaitHeading(browser, "Tack för din beställning!");
        String number = browser.findElement(By.cssSelector(".order-number")).getText();
        JsonObject order = (JsonObject) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/orders/" + number,
                s.slagnasStaff().token(), null));
        assertEquals("ON_BEHALF", order.getString("channel"));
        assertEquals(relative.email(), order.getString("placedBy"));
        assertTrue(s.arjeplog().send("GET", "/api/v1/me/orders?size=100", resident.token(), null).body()
                .contains(number), "the order is the resident's");

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, gallery(), resident.email(), Accounts.PASSWORD);
        browser.get(gallery() + "/account/delegations.xhtml");
        browser.findElement(By.cssSelector("input[aria-label='Avsluta ombud för " + relative.email() + "']")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Avslutat.");
        assertTrue(browser.findElements(By.cssSelector("#given li")).isEmpty(), "no one may order for the resident now");
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    private String gallery() {
        return "http://arjeplog.localhost:" + base.getPort();
    }
}
