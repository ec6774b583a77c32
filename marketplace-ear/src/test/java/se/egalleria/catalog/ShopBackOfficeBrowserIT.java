package se.egalleria.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/** A shop owner keeps the catalogue in the back office: a product by hand, then a file from Excel. */
class ShopBackOfficeBrowserIT extends DeployedGallery {

    private ChromeDriver browser;
    private Path downloads;
    private String run;
    private long shop;

    @BeforeEach
    void signInAsShopStaff() throws Exception {
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        shop = ProductApiIT.shopId(arjeplog, "Laisvalls Handel");
        Person staff = accounts.shopStaff("arjeplog", accounts.administrator("arjeplog"), shop);
        run = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        downloads = Files.createTempDirectory("egalleria-downloads");
        browser = Browser.start(1100, 1000, downloads);
        browser.get(gallery() + "/account/login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(staff.email());
        browser.findElement(By.id("login:password")).sendKeys(Accounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        awaitHeading("Mitt konto");
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
    void aProductIsAddedByHandWithItsMistakesShownOnTheFields() throws Exception {
        browser.findElement(By.linkText("Min butik")).click();
        browser.findElement(By.linkText("Laisvalls Handel")).click();
        awaitHeading("Varor – Laisvalls Handel");
        browser.findElement(By.linkText("Ny vara")).click();
        awaitHeading("Ny vara");

        assertEquals(List.of(), Browser.consoleErrors(browser), "PrimeFaces' scripts run under the CSP");

        browser.findElement(By.id("product:name")).sendKeys("Kaffe " + run);
        browser.findElement(By.id("product:price")).sendKeys("fyrtio");
        choose("product:vat", "12 % (livsmedel)");
        choose("product:storage", "Kylvara (kylväska)");
        browser.findElement(By.id("product:netQuantity_input")).sendKeys("500");
        browser.findElement(By.id("product:save")).click();
        assertEquals("Priset ”fyrtio” går inte att läsa. Skriv kronor med decimalkomma, till exempel 12,50.",
                wait(By.cssSelector("#product .ui-message-error")).getText());
        assertEquals("Kaffe " + run, browser.findElement(By.id("product:name")).getAttribute("value"));
        assertEquals("Kylvara (kylväska)", chosen("product:storage"),
                "the form (updated by ajax) keeps what was chosen");

        browser.findElement(By.id("product:price")).clear();
        browser.findElement(By.id("product:price")).sendKeys("49,90");
        browser.findElement(By.id("product:save")).click();

        awaitHeading("Varor – Laisvalls Handel");
        assertEquals("Varan ”Kaffe " + run + "” är sparad.", message());
        browser.findElement(By.id("filters:q")).sendKeys(run);
        browser.findElement(By.id("filters:submit")).click();
        Browser.awaitText(browser, By.id("count"), "En vara");
        String table = browser.findElement(By.id("table:list")).getText();
        assertTrue(table.contains("Kaffe " + run) && table.contains("49,90"), table);
        assertEquals(1, browser.findElements(By.cssSelector("#table\\:list_data tr")).size(), "the one product found");

        browser.findElement(By.linkText("Kaffe " + run)).click();
        awaitHeading("Ändra vara");
        assertEquals("49,90", browser.findElement(By.id("product:price")).getAttribute("value"));
        assertEquals("Kylvara (kylväska)", chosen("product:storage"));
        assertEquals("500", browser.findElement(By.id("product:netQuantity_input")).getAttribute("value"));

        Path picture = Files.createTempFile("kaffe", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", picture.toFile());
        browser.findElement(By.id("picture:file_input")).sendKeys(picture.toString());
        browser.findElement(By.id("picture:upload")).click();
        assertEquals("Bilden är sparad.", waitForMessage());
        Object width = browser.executeScript("return document.getElementById('current-image').naturalWidth");
        assertEquals(300L, width, "the thumbnail is served");
        Files.delete(picture);

        browser.findElement(By.cssSelector("[id='remove:confirm'] .ui-chkbox-box")).click();
        browser.findElement(By.id("remove:submit")).click();
        awaitHeading("Varor – Laisvalls Handel");
        assertEquals("Varan ”Kaffe " + run + "” är borttagen.", message());
    }

    @Test
    void aFileFromExcelIsCheckedImportedPagedThroughAndExported() throws Exception {
        StringBuilder rows = new StringBuilder("Artikelnummer;Namn;Pris;Moms;Förvaring\r\n"
                + "B1-" + run + ";Blåbärssylt " + run + ";39,50;12;rumstemp\r\n"
                + "B2-" + run + ";Älgkorv " + run + ";89;12;kyl\r\n");
        for (int i = 10; i < 38; i++) {
            rows.append("K").append(i).append("-").append(run).append(";Knäckebröd ").append(i).append(" ").append(run)
                    .append(";25;12;rumstemp\r\n");
        }
        Path file = Files.createTempFile("produkter", ".csv");
        Files.write(file, rows.toString().getBytes(java.nio.charset.Charset.forName("windows-1252")));
        browser.get(gallery() + "/shop/import.xhtml?shop=" + shop);
        awaitHeading("Importera varor från fil");

        browser.findElement(By.id("import:file_input")).sendKeys(file.toString());
        browser.findElement(By.id("import:check")).click();
        assertEquals("Filen har 30 rader: 30 nya varor och 0 som uppdateras.", wait(By.id("import-summary")).getText());
        browser.findElement(By.id("commit:submit")).click();

        awaitHeading("Import av varor");
        Browser.awaitText(browser, By.id("import-state"), "Klart: 30 nya varor och 0 uppdaterade.");
        assertEquals("100", browser.findElement(By.id("import-progress")).getAttribute("aria-valuenow"));
        browser.get(gallery() + "/shop/products.xhtml?shop=" + shop + "&q=" + run);
        awaitHeading("Varor – Laisvalls Handel");
        assertEquals("30 varor", browser.findElement(By.id("count")).getText());

        // The paginator asks the server for the next 25 (ajax): the last 5, sorted by name.
        assertEquals(25, browser.findElements(By.cssSelector("#table\\:list_data tr")).size());
        assertEquals("Sida 1 av 2", browser.findElement(By.cssSelector("#table\\:list .ui-paginator-current")).getText());
        browser.findElement(By.cssSelector("#table\\:list .ui-paginator-next")).click();
        Browser.awaitText(browser, By.cssSelector("#table\\:list .ui-paginator-current"), "Sida 2 av 2");
        String second = browser.findElement(By.id("table:list_data")).getText();
        assertEquals(5, browser.findElements(By.cssSelector("#table\\:list_data tr")).size(), second);
        assertTrue(second.contains("Knäckebröd 37 " + run) && second.contains("Älgkorv " + run), second);

        // Export: the file downloads with every product of the shop.
        browser.get(gallery() + "/shop/import.xhtml?shop=" + shop);
        browser.findElement(By.id("export:submit")).click();
        Path exported = downloads.resolve("produkter-" + shop + ".csv");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Files.exists(exported));
        String csv = Files.readString(exported, StandardCharsets.UTF_8);
        assertTrue(csv.contains("Älgkorv " + run) && csv.contains("Knäckebröd 37 " + run), csv.substring(0, 300));
        Files.delete(file);
    }

    @Test
    void theRestOfTheSiteStillPostsPlainFormsBack() {
        // The product search (GET form) and the sign-in form (a plain h:form postback that is
        // rendered again: PrimeFaces checks its CSP nonce then) work as before.
        browser.manage().deleteAllCookies();
        browser.get(gallery() + "/account/login.xhtml");
        awaitHeading("Logga in");
        browser.findElement(By.id("login:email")).sendKeys("nobody-" + run + "@example.org");
        browser.findElement(By.id("login:password")).sendKeys("not-the-password");
        browser.findElement(By.id("login:submit")).click();
        wait(By.cssSelector(".messages li"));
        awaitHeading("Logga in");
        assertEquals("nobody-" + run + "@example.org", browser.findElement(By.id("login:email")).getAttribute("value"));
        assertEquals(0L, browser.executeScript("return window.PrimeFaces ? 1 : 0"), "no PrimeFaces outside the back office");
    }

    @Test
    void aLargeFileShowsItsProgressWhileItIsImported() throws Exception {
        // The same article numbers every run: a second run updates them instead of adding 6,000 more.
        StringBuilder rows = new StringBuilder("Artikelnummer;Namn;Pris;Moms;Synlig\r\n");
        for (int i = 1; i <= 6000; i++) {
            rows.append("PROGRESS-").append(i).append(";Syltburk ").append(i).append(";10;12;nej\r\n");
        }
        Path file = Files.createTempFile("produkter", ".csv");
        Files.writeString(file, rows, StandardCharsets.UTF_8);
        browser.get(gallery() + "/shop/import.xhtml?shop=" + shop);
        browser.findElement(By.id("import:file_input")).sendKeys(file.toString());
        browser.findElement(By.id("import:check")).click();
        String summary = spaces(wait(By.id("import-summary")).getText());
        assertTrue(summary.startsWith("Filen har 6 000 rader: "), "Swedish digit grouping: " + summary);
        browser.findElement(By.id("commit:submit")).click();

        awaitHeading("Import av varor");
        assertEquals("6000", browser.findElement(By.id("import-progress")).getAttribute("data-total"));
        assertEquals("progressbar", browser.findElement(By.id("import-progress")).getAttribute("role"), "the widget started");
        // The page refreshes itself while the import runs: an element read just before a refresh goes stale.
        String done = new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    String state = spaces(driver.findElement(By.id("import-state")).getText());
                    return state.startsWith("Klart: ") ? state : null;
                });
        assertTrue(done.equals("Klart: 6 000 nya varor och 0 uppdaterade.")
                || done.equals("Klart: 0 nya varor och 6 000 uppdaterade."), done);
        assertEquals("6000", browser.findElement(By.id("import-progress")).getAttribute("data-applied"));
        assertEquals("100", browser.findElement(By.id("import-progress")).getAttribute("aria-valuenow"));
        Files.delete(file);
    }

    @Test
    void aFileWithMistakesListsThemAndImportsNothing() throws Exception {
        Path file = Files.createTempFile("produkter", ".csv");
        Files.writeString(file, "Artikelnummer;Namn;Pris;Moms\nF1-" + run + ";Fel " + run + ";gratis;12\n",
                StandardCharsets.UTF_8);
        browser.get(gallery() + "/shop/import.xhtml?shop=" + shop);
        browser.findElement(By.id("import:file_input")).sendKeys(file.toString());
        browser.findElement(By.id("import:check")).click();

        assertEquals("Filen har 1 fel. Ingenting har ändrats. Rätta raderna och försök igen.",
                wait(By.id("import-problems")).getText());
        String problems = browser.findElement(By.id("report:problems")).getText();
        assertTrue(problems.contains("2") && problems.contains("Pris") && problems.contains("gratis"), problems);
        assertEquals(0, browser.findElements(By.id("commit:submit")).size(), "nothing to import");
        Files.delete(file);
    }

    /** Picks an option of a select menu (a native one: keyboard and screen readers know it). */
    private void choose(String menu, String label) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(menu))).selectByVisibleText(label);
    }

    private String chosen(String menu) {
        return new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(menu))).getFirstSelectedOption()
                .getText();
    }

    /** The page's one message above the forms. */
    private String message() {
        return browser.findElement(By.cssSelector("#messages .ui-messages-info-summary, #messages .ui-messages-error-summary"))
                .getText();
    }

    private String waitForMessage() {
        wait(By.cssSelector("#messages li"));
        return message();
    }

    /** Swedish digit grouping uses a non-breaking space; compare it as a plain one. */
    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private org.openqa.selenium.WebElement wait(By locator) {
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
