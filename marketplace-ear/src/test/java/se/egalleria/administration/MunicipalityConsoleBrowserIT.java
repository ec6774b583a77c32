package se.egalleria.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
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
 * The administrator's console in a real browser: invites a shop owner and approves, suspends and
 * reactivates the shop on the shops page; on the branding page the preview follows the typing and
 * the colour picked, with a contrast warning, before anything is saved. Both pages pass axe, fit a
 * phone and log no script or CSP errors.
 */
class MunicipalityConsoleBrowserIT extends DeployedGallery {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorAdmitsAShopAndPreviewsTheBranding() throws IOException {
        Person admin = new Accounts(base).administrator("arjeplog");
        String run = Shopping.newKey().substring(0, 8);
        String shop = "Övre Webbutiken " + run;
        browser = Browser.start(1024, 900);
        Browser.signIn(browser, gallery(), admin.email(), Accounts.PASSWORD);
        List<String> violations = new ArrayList<>();

        browser.findElement(By.linkText("Kommunen")).click();
        Browser.awaitHeading(browser, "Kommunens konsol");
        violations.addAll(Accessibility.violations(browser, "console home"));
        browser.findElement(By.linkText("Butiker")).click();
        Browser.awaitHeading(browser, "Kommunens butiker");
        violations.addAll(Accessibility.violations(browser, "shops page"));
        click("invite:send");
        Browser.awaitText(browser, By.cssSelector("#invite .field-error"), "Måste fyllas i.");
        browser.findElement(By.id("invite:name")).sendKeys(shop);
        new Select(browser.findElement(By.id("invite:villageId"))).selectByVisibleText("Jäckvik");
        String owner = Accounts.newAddress("owner");
        browser.findElement(By.id("invite:email")).sendKeys(owner);
        browser.findElement(By.id("invite:phone")).sendKeys("0961-555 02");
        click("invite:send");
        Browser.awaitText(browser, By.cssSelector(".messages li"),
                "Butiken ”" + shop + "” är skapad och en inbjudan är skickad till " + owner + ".");

        browser.findElement(By.id("filter:filterName")).sendKeys(run);
        click("filter:show");
        awaitStatus("Väntar på godkännande");
        step("Godkänn: " + shop, "Butiken ”" + shop + "” är godkänd och syns nu för invånarna.");
        awaitStatus("Godkänd");
        step("Stäng av: " + shop, "Butiken ”" + shop + "” är avstängd och syns inte längre för invånarna.");
        awaitStatus("Avstängd");
        step("Återaktivera: " + shop, "Butiken ”" + shop + "” är återaktiverad.");
        awaitStatus("Godkänd");
        step("Stäng av: " + shop, "Butiken ”" + shop + "” är avstängd och syns inte längre för invånarna.");
        violations.addAll(Accessibility.violations(browser, "shops page with a shop"));

        browser.findElement(By.linkText("Kommunen")).click();
        Browser.awaitHeading(browser, "Kommunens konsol");
        browser.findElement(By.linkText("Utseende")).click();
        Browser.awaitHeading(browser, "Gallerians utseende");
        violations.addAll(Accessibility.violations(browser, "branding page"));
        String savedName = browser.findElement(By.id("branding:name")).getAttribute("value");
        browser.findElement(By.id("branding:name")).sendKeys(" " + run);
        awaitPreview(By.id("preview-name"), savedName + " " + run);
        WebElement welcome = browser.findElement(By.id("branding:welcomeTextSv"));
        welcome.clear();
        welcome.sendKeys("Hej från byn " + run);
        awaitPreview(By.id("preview-welcome"), "Hej från byn " + run);
        browser.executeScript("arguments[0].value = '#ffcc00';"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.findElement(By.id("branding:primaryColor")));
        ajaxWait().until(ExpectedConditions.attributeToBe(By.id("preview-primary"), "fill", "#ffcc00"));
        Browser.awaitText(browser, By.cssSelector("#branding\\:contrast li"), "Huvudfärgen #ffcc00 har för låg "
                + "kontrast mot vitt (1,51:1, minst 4,5:1 behövs): vit text på den och text i den på vitt blir svår att läsa.");

        // Nothing is saved by the preview; an emptied name is refused on its field.
        assertEquals(savedName, GalleryClient.forMunicipality(base, "arjeplog").getJson("/api/v1/municipality")
                .getString("name"));
        // Keys, not clear(): the preview follows key presses, as a person's typing.
        browser.findElement(By.id("branding:name")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        awaitPreview(By.id("preview-name"), "");
        click("branding:save");
        Browser.awaitText(browser, By.cssSelector("#branding .field-error"), "Måste fyllas i.");
        assertEquals(savedName, GalleryClient.forMunicipality(base, "arjeplog").getJson("/api/v1/municipality")
                .getString("name"));
        uploadLogoAndPutTheOldOneBack(admin);
        assertEquals(List.of(), Browser.consoleErrors(browser), "no script or CSP errors");

        browser.manage().window().setSize(new Dimension(320, 640));
        for (String page : List.of("/municipality/shops.xhtml", "/municipality/branding.xhtml")) {
            browser.get(gallery() + page);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("form")));
            long pageWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth"))
                    .longValue();
            long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
            assertTrue(pageWidth <= viewport, page + " at 320 px: " + pageWidth + " > " + viewport + ", too wide: "
                    + browser.executeScript("return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                    + ".map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 12).join(', ')"));
            violations.addAll(Accessibility.violations(browser, page + " at 320 px"));
        }
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    /** The logo form sends the file; Arjeplog's own logo is put back through the API, since other tests read it. */
    private void uploadLogoAndPutTheOldOneBack(Person admin) throws IOException {
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        HttpResponse<byte[]> before = arjeplog.downloadBytes("/branding/logo", null, "image/*", "sv");
        assertEquals(200, before.statusCode());
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/>"
                + "<!-- " + Shopping.newKey() + " --></svg>";
        Path file = Files.createTempFile("logo", ".svg");
        Files.writeString(file, svg);
        try {
            browser.findElement(By.id("logo:file")).sendKeys(file.toAbsolutePath().toString());
            click("logo:upload");
            Browser.awaitText(browser, By.cssSelector(".messages li"), "Logotypen är uppladdad.");
            assertEquals(svg, new String(arjeplog.downloadBytes("/branding/logo", null, "image/*", "sv").body(),
                    StandardCharsets.UTF_8));
        } finally {
            HttpResponse<String> restored = arjeplog.postBytes("/api/v1/municipality/branding/logo", admin.token(),
                    before.headers().firstValue("Content-Type").orElseThrow(), before.body());
            assertEquals(200, restored.statusCode(), restored.body());
        }
    }

    private void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    private void step(String buttonLabel, String message) {
        browser.findElement(By.cssSelector("input[aria-label='" + buttonLabel + "']")).click();
        Browser.awaitText(browser, By.cssSelector(".messages li"), message);
    }

    private void awaitStatus(String status) {
        Browser.awaitText(browser, By.cssSelector("#shops tbody td.status"), status);
        assertEquals(1, browser.findElements(By.cssSelector("#shops tbody tr")).size(), "only this run's shop");
    }

    private void awaitPreview(By locator, String text) {
        ajaxWait().until(driver -> {
            List<WebElement> found = driver.findElements(locator);
            return !found.isEmpty() && found.get(0).getText().strip().equals(text.strip());
        });
    }

    /** A wait that looks again when an ajax update replaced the element between finding and reading it. */
    private WebDriverWait ajaxWait() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private String gallery() {
        return "http://arjeplog.localhost:" + base.getPort();
    }
}
