package se.egalleria.servicepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.egalleria.testsupport.Accessibility;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/**
 * The administrator's service-point and coverage pages and the public list of service points, in a
 * browser, with axe on each. Slagnäs Livs is designated and withdrawn again (it is no demo service point).
 */
class ServicePointPagesBrowserIT extends DeployedGallery {

    private static final String SLAGNAS = "Slagnäs Livs & Bensin";

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorAssessesDesignatesAndWithdrawsAShop() {
        Person admin = new Accounts(base).administrator("arjeplog");
        List<String> violations = new ArrayList<>();
        // Earlier runs share the database: start Slagnäs from an empty assessment.
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        HttpResponse<String> reset = arjeplog.send("PUT", "/api/v1/service-points/assessments/"
                + Shopping.shopId(arjeplog, SLAGNAS), admin.token(), Json.createObjectBuilder().build());
        assertEquals(200, reset.statusCode(), reset.body());
        browser = Browser.start(1024, 900);
        try {
            Browser.signIn(browser, gallery(), admin.email(), Accounts.PASSWORD);
            browser.findElement(By.linkText("Kommunen")).click();
            Browser.awaitHeading(browser, "Kommunens konsol");
            browser.findElement(By.linkText("Servicepunkter")).click();
            Browser.awaitHeading(browser, "Servicepunkter");
            int criteria = browser.findElements(By.cssSelector("#criteria fieldset input[type=text]")).size();
            assertTrue(criteria >= 1, "the criteria are listed for editing");
            assertTrue(rowHeadings().stream().anyMatch(h -> h.startsWith("Fjällboden Lanthandel")), rowHeadings().toString());
            assertEquals("Servicepunkt", statusOf("Laisvalls Handel"), "a demo service point stays one");
            violations.addAll(Accessibility.violations(browser, "service points page"));
            int threshold = requiredNow();

            // A threshold above the number of criteria is refused on its field.
            WebElement required = browser.findElement(By.id("criteria:required"));
            required.clear();
            required.sendKeys(String.valueOf(criteria + 1));
            browser.findElement(By.id("criteria:save")).click();
            Browser.awaitText(browser, By.cssSelector("#criteria .field-error"),
                    "Antalet som krävs ska vara mellan 1 och " + criteria + ".");

            // Without an assessment the shop is refused, with the reason.
            button("Utse till servicepunkt: " + SLAGNAS).click();
            Browser.awaitText(browser, By.cssSelector(".messages li"),
                    "Butiken uppfyller 0 av de " + threshold + " kriterier som krävs.");

            // A contract that ends before it starts is refused on its field.
            button("Bedöm: " + SLAGNAS).click();
            Browser.awaitText(browser, By.id("assessment-heading"), "Bedömning av " + SLAGNAS);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
            setValue("assessment:from", today.toString());
            setValue("assessment:to", today.minusDays(1).toString());
            browser.findElement(By.id("assessment:save")).click();
            Browser.awaitText(browser, By.cssSelector("#assessment .field-error"),
                    "Avtalet kan inte sluta innan det börjar.");
            violations.addAll(Accessibility.violations(browser, "service points page with the assessment form"));

            // Enough criteria and a current contract: saved, designated, withdrawn.
            List<WebElement> boxes = browser.findElements(By.cssSelector("#assessment input[type=checkbox]"));
            for (int i = 0; i < threshold; i++) {
                if (!boxes.get(i).isSelected()) {
                    boxes.get(i).click();
                }
            }
            setValue("assessment:to", today.plusYears(3).toString());
            WebElement compensation = browser.findElement(By.id("assessment:compensation"));
            compensation.clear();
            compensation.sendKeys("50 000");
            browser.findElement(By.id("assessment:save")).click();
            Browser.awaitText(browser, By.cssSelector(".messages li"), "Bedömningen av " + SLAGNAS + " är sparad.");
            assertEquals("Kan utses", statusOf(SLAGNAS));
            button("Utse till servicepunkt: " + SLAGNAS).click();
            Browser.awaitText(browser, By.cssSelector(".messages li"), SLAGNAS + " är nu servicepunkt.");
            assertEquals("Servicepunkt", statusOf(SLAGNAS));
            assertTrue(cellOf(SLAGNAS, 3).contains("50 000"), cellOf(SLAGNAS, 3));
            button("Återkalla: " + SLAGNAS).click();
            Browser.awaitText(browser, By.cssSelector(".messages li"), SLAGNAS + " är inte längre servicepunkt.");
            assertEquals("Kan utses", statusOf(SLAGNAS));
        } finally {
            arjeplog.send("DELETE", "/api/v1/service-points/assessments/" + Shopping.shopId(arjeplog, SLAGNAS)
                    + "/designation", admin.token(), null);
        }
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void theAdministratorSeesTheCoverageAsTableAndPlotAndDownloadsIt() throws IOException {
        Person admin = new Accounts(base).administrator("arjeplog");
        Path downloads = Files.createTempDirectory("egalleria-coverage");
        browser = Browser.start(1024, 900, downloads);
        Browser.signIn(browser, gallery(), admin.email(), Accounts.PASSWORD);
        browser.findElement(By.linkText("Kommunen")).click();
        Browser.awaitHeading(browser, "Kommunens konsol");
        browser.findElement(By.linkText("Servicetäckning")).click();
        Browser.awaitHeading(browser, "Servicetäckning");

        assertEquals("30", browser.findElement(By.id("limit:distance")).getAttribute("value"));
        List<String> villages = browser.findElements(By.cssSelector("#villages tbody th")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Adolfsström", "Arjeplog", "Jäckvik", "Laisvall", "Mellanström", "Slagnäs"), villages);
        assertEquals("beyond-limit", villageRow("Jäckvik").getAttribute("class"), "34.9 km from Laisvall");
        assertEquals("34,9 km", villageRow("Jäckvik").findElements(By.tagName("td")).get(1).getText());
        WebElement plot = browser.findElement(By.id("coverage-plot"));
        assertEquals("img", plot.getAttribute("role"));
        assertEquals("Byarna efter koordinater, med servicepunkternas räckvidd",
                plot.findElement(By.tagName("title")).getAttribute("textContent"));
        assertEquals(6, plot.findElements(By.cssSelector(".village")).size(), "a mark per village");
        assertTrue(plot.findElements(By.cssSelector(".reach")).size() >= 2, "Fjällboden and Laisvalls Handel");
        List<String> violations = new ArrayList<>(Accessibility.violations(browser, "coverage page"));

        browser.findElement(By.id("limit:csv")).click();
        Path csv = downloads.resolve("servicetackning-30km.csv");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Files.exists(csv));
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains("\r\nMellanström;"));

        WebElement distance = browser.findElement(By.id("limit:distance"));
        distance.clear();
        distance.sendKeys("40");
        browser.findElement(By.id("limit:show")).click();
        // The table is replaced while the answer arrives, so a moment without rows is not a failure.
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> villageRowIfShown("Jäckvik").map(row -> "".equals(row.getAttribute("class")))
                        .orElse(false));

        // The browser would stop 0 itself (min="1"); the server must refuse it too.
        distance = browser.findElement(By.id("limit:distance"));
        browser.executeScript("arguments[0].form.noValidate = true; arguments[0].value = '0'", distance);
        browser.findElement(By.id("limit:show")).click();
        Browser.awaitText(browser, By.cssSelector("#limit .field-error"), "Ange avståndet som hela km från 1 till 1000.");
        assertTrue(browser.findElements(By.id("villages")).isEmpty());
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void residentsFindTheServicePointsFromTheStartPageOnAPhone() {
        browser = Browser.start(320, 640);
        browser.get(gallery() + "/");
        browser.findElement(By.id("service-points-link")).click();
        Browser.awaitHeading(browser, "Servicepunkter");
        List<String> names = browser.findElements(By.cssSelector("#service-points h2")).stream()
                .map(WebElement::getText).toList();
        assertTrue(names.contains("Laisvalls Handel") && names.contains("Fjällboden Lanthandel"), names.toString());
        assertFalse(names.contains(SLAGNAS), names.toString());
        assertTrue(browser.findElement(By.id("service-points")).getText().contains("Mån–fre 10–18, lör 10–14"));
        long pageWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
        assertTrue(pageWidth <= viewport, "no sideways scrolling at 320 px: page " + pageWidth + " > " + viewport);
        assertEquals(List.of(), Accessibility.violations(browser, "public service points at 320 px"));
    }

    @Test
    void aResidentIsToldTheAdministratorPagesAreTheMunicipalitys() {
        Person resident = new Accounts(base).resident("arjeplog");
        browser = Browser.start(320, 640);
        Browser.signIn(browser, gallery(), resident.email(), Accounts.PASSWORD);
        assertTrue(browser.findElements(By.linkText("Kommunen")).isEmpty(), "no console link for residents");
        for (String page : List.of("/municipality/service-points.xhtml", "/municipality/coverage.xhtml")) {
            browser.get(gallery() + page);
            Browser.awaitText(browser, By.cssSelector(".messages"), "Det här får bara kommunens administratörer göra.");
            assertTrue(browser.findElements(By.id("criteria")).isEmpty());
            assertTrue(browser.findElements(By.id("villages")).isEmpty());
        }
    }

    @Test
    void theAdministratorPagesFitAPhone() {
        Person admin = new Accounts(base).administrator("arjeplog");
        browser = Browser.start(320, 640);
        Browser.signIn(browser, gallery(), admin.email(), Accounts.PASSWORD);
        for (String page : List.of("/municipality/service-points.xhtml", "/municipality/coverage.xhtml")) {
            browser.get(gallery() + page);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.findElements(By.tagName("h1"))
                    .isEmpty());
            long pageWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth"))
                    .longValue();
            long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
            assertTrue(pageWidth <= viewport, page + ": no sideways scrolling at 320 px: " + pageWidth + " > " + viewport);
            assertEquals(List.of(), Accessibility.violations(browser, page + " at 320 px"));
        }
    }

    private int requiredNow() {
        return Integer.parseInt(browser.findElement(By.id("criteria:required")).getAttribute("value"));
    }

    private WebElement button(String label) {
        return browser.findElement(By.cssSelector("input[aria-label='" + label + "']"));
    }

    private void setValue(String id, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    private List<String> rowHeadings() {
        return browser.findElements(By.cssSelector("#assessments tbody th")).stream().map(WebElement::getText).toList();
    }

    private WebElement shopRow(String shop) {
        return browser.findElements(By.cssSelector("#assessments tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().startsWith(shop)).findFirst()
                .orElseThrow(() -> new AssertionError(shop + " not in " + rowHeadings()));
    }

    private String statusOf(String shop) {
        return shopRow(shop).findElement(By.cssSelector("td.status")).getText();
    }

    private String cellOf(String shop, int column) {
        return shopRow(shop).findElements(By.tagName("td")).get(column - 1).getText();
    }

    private WebElement villageRow(String village) {
        return villageRowIfShown(village).orElseThrow(() -> new AssertionError(village + " not in the table"));
    }

    private Optional<WebElement> villageRowIfShown(String village) {
        return browser.findElements(By.cssSelector("#villages tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(village)).findFirst();
    }

    private String gallery() {
        return "http://arjeplog.localhost:" + base.getPort();
    }
}
