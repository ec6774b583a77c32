package se.egalleria.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import se.egalleria.testsupport.Accessibility;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/** The administrator's console pages: keyboard-and-screen-reader friendly (axe), at 320 px too. */
class MunicipalityConsoleBrowserIT extends DeployedGallery {

    private static final String RULES = "/api/v1/municipality/delivery-rules";

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorChangesTheFeeAndIsToldAboutAMistakeOnTheField() {
        Person admin = new Accounts(base).administrator("arjeplog");
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        JsonObject before = rules(arjeplog, admin);
        browser = Browser.start(1024, 900);
        try {
            Browser.signIn(browser, gallery(), admin.email(), Accounts.PASSWORD);
            browser.findElement(By.linkText("Avgifter och bidrag")).click();
            Browser.awaitHeading(browser, "Avgift och regler för hemsändningsbidrag");
            assertEquals(kronor(before.getJsonNumber("feeOre").longValue()), value("fee"));
            assertEquals(String.valueOf(before.getInt("maxPerHouseholdPerWeek")), value("perWeek"));
            assertEquals(before.getJsonArray("eligibleGroups").toString().contains("PENSIONER"),
                    browser.findElement(By.id("rules:pensioner")).isSelected());
            List<String> violations = new ArrayList<>(Accessibility.violations(browser, "rules page"));

            replace("perWeek", "15");
            browser.findElement(By.id("rules:save")).click();
            Browser.awaitText(browser, By.cssSelector("#rules .field-error"), "Ange ett heltal från 0 till 14.");
            assertEquals(before, rules(arjeplog, admin), "nothing saved");
            violations.addAll(Accessibility.violations(browser, "rules page with a field message"));

            replace("perWeek", String.valueOf(before.getInt("maxPerHouseholdPerWeek")));
            replace("fee", "27,50");
            browser.findElement(By.id("rules:save")).click();
            Browser.awaitText(browser, By.cssSelector(".messages"), "Reglerna är sparade och gäller från och med nu.");
            assertEquals("27,50", value("fee"));
            assertEquals(2750, rules(arjeplog, admin).getJsonNumber("feeOre").longValue());
            assertEquals(List.of(), violations, String.join("\n", violations));
            assertEquals(List.of(), Browser.consoleErrors(browser), "no script errors, no CSP violations");
        } finally {
            JsonObject now = rules(arjeplog, admin);
            HttpResponse<String> restored = arjeplog.send("PUT", RULES, admin.token(), Json.createObjectBuilder(before)
                    .add("version", now.getJsonNumber("version").longValue()).build());
            assertEquals(200, restored.statusCode(), restored.body());
        }
    }

    @Test
    void theRulesPageFitsAPhone() {
        Person admin = new Accounts(base).administrator("arjeplog");
        browser = Browser.start(320, 640);
        Browser.signIn(browser, gallery(), admin.email(), Accounts.PASSWORD);
        browser.get(gallery() + "/municipality/rules.xhtml");
        Browser.awaitHeading(browser, "Avgift och regler för hemsändningsbidrag");
        long pageWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
        assertTrue(pageWidth <= viewport, "no sideways scrolling at 320 px: page " + pageWidth + " > " + viewport);
        assertEquals(List.of(), Accessibility.violations(browser, "rules page at 320 px"));
    }

    @Test
    void aResidentIsToldTheRulesAreTheMunicipalitys() {
        Person resident = new Accounts(base).resident("arjeplog");
        browser = Browser.start(1024, 900);
        Browser.signIn(browser, gallery(), resident.email(), Accounts.PASSWORD);
        assertTrue(browser.findElements(By.linkText("Avgifter och bidrag")).isEmpty(), "no link for residents");
        browser.get(gallery() + "/municipality/rules.xhtml");
        Browser.awaitText(browser, By.cssSelector(".messages"), "Det här får bara kommunens administratörer göra.");
        assertTrue(browser.findElements(By.id("rules")).isEmpty());
    }

    private void replace(String field, String text) {
        WebElement input = browser.findElement(By.id("rules:" + field));
        input.clear();
        input.sendKeys(text);
    }

    private String value(String field) {
        return browser.findElement(By.id("rules:" + field)).getAttribute("value");
    }

    private static String kronor(long ore) {
        return String.format("%d,%02d", ore / 100, ore % 100);
    }

    private static JsonObject rules(GalleryClient gallery, Person admin) {
        HttpResponse<String> response = gallery.send("GET", RULES, admin.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    private String gallery() {
        return "http://arjeplog.localhost:" + base.getPort();
    }
}
