package se.egalleria.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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

/** A shop owner keeps the shop's services in the back office; residents find them when they search. */
class ServiceBackOfficeBrowserIT extends DeployedGallery {

    private ChromeDriver browser;
    private GalleryClient arjeplog;
    private Person staff;
    private String run;
    private long shop;

    @BeforeEach
    void startBrowser() {
        Accounts accounts = new Accounts(base);
        arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        shop = ProductApiIT.shopId(arjeplog, "Laisvalls Handel");
        staff = accounts.shopStaff("arjeplog", accounts.administrator("arjeplog"), shop);
        run = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        browser = Browser.start(1100, 1000);
    }

    @AfterEach
    void closeBrowser() {
        try {
            assertEquals(List.of(), Browser.consoleErrors(browser), "no script errors, no CSP violations");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aServiceIsAddedChangedGivenWeeklySlotsAndHidden() {
        Browser.signIn(browser, gallery(), staff.email(), Accounts.PASSWORD);
        browser.findElement(By.linkText("Min butik")).click();
        browser.findElement(By.cssSelector("a[aria-label='Tjänster: Laisvalls Handel']")).click();
        awaitHeading("Tjänster – Laisvalls Handel");
        List<String> violations = new ArrayList<>(Accessibility.violations(browser, "services"));
        browser.findElement(By.linkText("Ny tjänst")).click();
        awaitHeading("Ny tjänst");

        browser.findElement(By.id("service:name")).sendKeys("Tvättstuga " + run);
        browser.findElement(By.id("service:description")).sendKeys("Tvätta och torka, 2 timmar");
        choose("service:kind", "Tvätt");
        choose("service:booking", "I bokningsbara tider");
        browser.findElement(By.id("service:price")).sendKeys("fyrtio");
        browser.findElement(By.id("service:save")).click();
        assertEquals("Priset ”fyrtio” går inte att läsa. Skriv kronor med decimalkomma, till exempel 12,50.",
                wait(By.cssSelector("#service .ui-message-error")).getText());
        assertEquals("Tvättstuga " + run, browser.findElement(By.id("service:name")).getAttribute("value"));
        assertEquals("I bokningsbara tider", chosen("service:booking"), "the form keeps what was chosen");
        violations.addAll(Accessibility.violations(browser, "service form with a mistake"));

        browser.findElement(By.id("service:price")).clear();
        browser.findElement(By.id("service:save")).click();
        awaitHeading("Tjänster – Laisvalls Handel");
        assertEquals("Tjänsten ”Tvättstuga " + run + "” är sparad.", message());
        String row = row("Tvättstuga " + run).getText();
        assertTrue(row.contains("Gratis") && row.contains("I bokningsbara tider") && row.contains("Ja"), row);

        browser.findElement(By.linkText("Tvättstuga " + run)).click();
        awaitHeading("Ändra tjänst");
        assertEquals("Tvätt", chosen("service:kind"));
        browser.findElement(By.id("service:name")).clear();
        browser.findElement(By.id("service:price")).sendKeys("25");
        browser.findElement(By.id("service:save")).click();
        assertEquals("Måste fyllas i.", wait(By.cssSelector("#service .ui-message-error")).getText());
        browser.findElement(By.id("service:name")).sendKeys("Tvättstuga stora " + run);
        browser.findElement(By.id("service:save")).click();
        awaitHeading("Tjänster – Laisvalls Handel");
        assertEquals("Tjänsten ”Tvättstuga stora " + run + "” är sparad.", message());
        assertTrue(row("Tvättstuga stora " + run).getText().contains(" 25 kr "), row("Tvättstuga stora " + run).getText());

        browser.findElement(By.linkText("Tvättstuga stora " + run)).click();
        awaitHeading("Ändra tjänst");
        assertEquals("Inga bokningsbara tider just nu.", browser.findElement(By.id("no-slots")).getText());
        assertEquals("8", browser.findElement(By.id("weekly:capacity_input")).getAttribute("value"));
        assertEquals("6", browser.findElement(By.id("weekly:weeks_input")).getAttribute("value"), "six weeks unless changed");
        choose("weekly:weekday", "Fredag");
        browser.findElement(By.id("weekly:time")).clear();
        browser.findElement(By.id("weekly:time")).sendKeys("25:00");
        browser.findElement(By.id("weekly:add")).click();
        assertEquals("Skriv klockslaget som tt:mm, till exempel 10:00.",
                wait(By.cssSelector("#weekly .ui-message-error")).getText());
        assertEquals("Fredag", chosen("weekly:weekday"));
        browser.findElement(By.id("weekly:time")).clear();
        browser.findElement(By.id("weekly:time")).sendKeys("10:00");
        browser.findElement(By.id("weekly:add")).click();
        Browser.awaitText(browser, By.cssSelector("#messages li"), "6 tider är tillagda.");
        List<WebElement> slots = browser.findElements(By.cssSelector("#slots\\:table_data tr"));
        assertEquals(6, slots.size());
        for (WebElement slot : slots) {
            List<String> cells = slot.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertTrue(cells.get(0).matches("\\d{4}-\\d{2}-\\d{2} 10:00"), cells.toString());
            assertEquals(java.time.DayOfWeek.FRIDAY, java.time.LocalDate.parse(cells.get(0).substring(0, 10))
                    .getDayOfWeek());
            assertEquals(List.of("8", "0"), cells.subList(1, 3), "seats, booked");
            assertEquals("Ta bort: " + cells.get(0), slot.findElement(By.tagName("button")).getAttribute("aria-label"));
        }
        violations.addAll(Accessibility.violations(browser, "service form with slots"));

        browser.findElement(By.linkText("Alla tjänster")).click();
        awaitHeading("Tjänster – Laisvalls Handel");
        browser.findElement(By.cssSelector("[aria-label='Dölj: Tvättstuga stora " + run + "']")).click();
        awaitHeading("Tjänster – Laisvalls Handel");
        assertEquals("Tjänsten ”Tvättstuga stora " + run + "” är dold för kunderna.", message());
        assertTrue(row("Tvättstuga stora " + run).getText().contains("Nej"), row("Tvättstuga stora " + run).getText());
        assertEquals(0, arjeplog.getJson("/api/v1/services?q=" + run).getInt("totalItems"), "residents no longer find it");
        assertEquals(1, browser.findElements(By.cssSelector("[aria-label='Visa: Tvättstuga stora " + run + "']")).size());
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void residentsFindAServiceWhenTheySearchTheProducts() {
        HttpResponse<String> created = arjeplog.post("/api/v1/shops/" + shop + "/services", staff.token(),
                Json.createObjectBuilder().add("name", "Tvättstuga " + run).add("description", "Boka en tvättid")
                        .add("kind", "LAUNDRY").add("booking", "PHONE").add("phone", "0961-123 45")
                        .add("priceOre", 4000).add("vatPercent", 25).build());
        assertEquals(201, created.statusCode(), created.body());
        long id = ((JsonObject) GalleryClient.json(created)).getJsonNumber("id").longValue();

        browser.get(gallery() + "/products.xhtml?q=" + URLEncoder.encode("tvätt " + run, StandardCharsets.UTF_8));
        awaitHeading("Varor");
        assertEquals("Tjänster", browser.findElement(By.id("service-results-heading")).getText());
        String item = browser.findElement(By.cssSelector("#service-results li")).getText().replace('\u00a0', ' ');
        assertEquals("Tvättstuga " + run + " – Laisvalls Handel, 40 kr", item);
        List<String> violations = Accessibility.violations(browser, "search with services");
        browser.findElement(By.linkText("Tvättstuga " + run)).click();
        awaitHeading("Tvättstuga " + run);
        assertTrue(browser.getCurrentUrl().endsWith("/service.xhtml?id=" + id), browser.getCurrentUrl());
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    private WebElement row(String name) {
        return browser.findElements(By.cssSelector("#list\\:table_data tr")).stream()
                .filter(tr -> tr.getText().startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + browser.findElement(By.id("list")).getText()));
    }

    private void choose(String menu, String label) {
        new Select(browser.findElement(By.id(menu))).selectByVisibleText(label);
    }

    private String chosen(String menu) {
        return new Select(browser.findElement(By.id(menu))).getFirstSelectedOption().getText();
    }

    /** The page's one message above the forms. */
    private String message() {
        return browser.findElement(By.cssSelector("#messages li")).getText();
    }

    private WebElement wait(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void awaitHeading(String text) {
        Browser.awaitHeading(browser, text);
    }

    private String gallery() {
        return "http://arjeplog.localhost:" + base.getPort();
    }
}
