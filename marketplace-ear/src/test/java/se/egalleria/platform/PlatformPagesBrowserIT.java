package se.egalleria.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.egalleria.testsupport.Accessibility;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.MailCatcher;
import se.egalleria.testsupport.Platform;

/** The operator's municipalities page and a regional gallery, in a real browser, checked with axe. */
class PlatformPagesBrowserIT extends DeployedGallery {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOperatorCreatesSuspendsReactivatesAndExportsAMunicipality() throws IOException {
        Person operator = new Accounts(base).operator();
        Path downloads = Files.createTempDirectory("egalleria-export");
        browser = Browser.start(1024, 900, downloads);
        Browser.signIn(browser, platform(), operator.email(), System.getProperty("it.operator.password"));
        browser.findElement(By.linkText("Kommuner")).click();
        Browser.awaitHeading(browser, "Kommuner på plattformen");
        List<String> violations = new ArrayList<>(Accessibility.violations(browser, "municipalities page"));

        String slug = Platform.newSlug();
        String admin = Accounts.newAddress("admin");
        type("create:name", "Webbkommun " + slug);
        type("create:slug", slug);
        type("create:county", "Norrbottens län");
        type("create:hosts", slug + ".localhost");
        type("create:welcomeSv", "Välkommen till " + slug + ".");
        type("create:village", "Centralorten");
        type("create:latitude", "66.5");
        type("create:longitude", "19.8");
        type("create:admin", admin);
        WebElement primary = browser.findElement(By.id("create:primary"));
        primary.clear();
        primary.sendKeys("#ffee00");
        browser.findElement(By.id("create:submit")).click();
        Browser.awaitText(browser, By.cssSelector("#create .field-error"),
                "Färgen är för ljus: vit text på den blir svårläst (kontrast minst 4,5:1 behövs).");
        violations.addAll(Accessibility.violations(browser, "municipalities page with a field error"));

        primary = browser.findElement(By.id("create:primary"));
        primary.clear();
        primary.sendKeys("#1d4f6e");
        browser.findElement(By.id("create:submit")).click();
        Browser.awaitText(browser, By.cssSelector(".messages li"),
                "Webbkommun " + slug + " är skapad. En inbjudan har skickats till " + admin + ".");
        assertTrue(MailCatcher.awaitMailTo(admin).link().contains("/g/" + slug + "/"));
        assertEquals("Öppen", row(slug).findElement(By.cssSelector(".state")).getText());

        browser.get(gallery(slug) + "/");
        Browser.awaitHeading(browser, "Välkommen till e-gallerian i Webbkommun " + slug);

        browser.get(platform() + "/platform/municipalities.xhtml");
        row(slug).findElement(By.cssSelector("input[value='Stäng']")).click();
        Browser.awaitText(browser, By.cssSelector(".messages li"), "Webbkommun " + slug + " är stängd. Uppgifterna finns kvar.");
        assertEquals("Stängd", row(slug).findElement(By.cssSelector(".state")).getText());
        browser.get(gallery(slug) + "/");
        Browser.awaitHeading(browser, "E-gallerian är stängd");

        browser.get(platform() + "/platform/municipalities.xhtml");
        row(slug).findElement(By.cssSelector("input[value='Öppna igen']")).click();
        Browser.awaitText(browser, By.cssSelector(".messages li"), "Webbkommun " + slug + " är öppen igen.");
        row(slug).findElement(By.cssSelector("input[value='Exportera']")).click();
        Path zip = downloads.resolve(slug + "-tenant-config.zip");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Files.exists(zip));
        assertTrue(Files.size(zip) > 0);
        browser.get(gallery(slug) + "/");
        Browser.awaitHeading(browser, "Välkommen till e-gallerian i Webbkommun " + slug);
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void othersAreToldTheConsoleIsTheOperators() {
        Person admin = new Accounts(base).administrator("arjeplog");
        browser = Browser.start(320, 640);
        Browser.signIn(browser, "http://arjeplog.localhost:" + base.getPort(), admin.email(), Accounts.PASSWORD);
        assertTrue(browser.findElements(By.linkText("Kommuner")).isEmpty());
        browser.get("http://arjeplog.localhost:" + base.getPort() + "/platform/municipalities.xhtml");
        Browser.awaitText(browser, By.cssSelector(".messages li"), "Finns bara på plattformens egen adress.");
        assertTrue(browser.findElements(By.id("create")).isEmpty());
    }

    @Test
    void theRegionalGalleryListsShopsOfSeveralMunicipalitiesAndLinksIntoTheirOwnGalleries() {
        browser = Browser.start(320, 800);
        browser.get(platform() + "/");
        browser.findElement(By.linkText("Norrland")).click();
        Browser.awaitHeading(browser, "Regional e-galleria: Norrland");
        List<String> municipalities = browser.findElements(By.cssSelector("#region-shops .municipality")).stream()
                .map(WebElement::getText).distinct().toList();
        assertTrue(municipalities.containsAll(List.of("Arjeplog", "Härjedalen")), municipalities.toString());
        long pageWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
        assertTrue(pageWidth <= viewport, "no sideways scrolling at 320 px: page " + pageWidth + " > " + viewport);
        List<String> violations = Accessibility.violations(browser, "regional gallery");

        browser.findElement(By.linkText("Fjällboden Lanthandel")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().contains("/g/arjeplog/shop-page.xhtml"));
        Browser.awaitHeading(browser, "Fjällboden Lanthandel");
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    private WebElement row(String slug) {
        return browser.findElement(By.id("row-" + slug));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String platform() {
        return "http://localhost:" + base.getPort();
    }

    private String gallery(String slug) {
        return "http://" + slug + ".localhost:" + base.getPort();
    }
}
