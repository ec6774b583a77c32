package se.egalleria.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/** A shop owner keeps the catalogue in the back office: a product by hand, then a file from Excel. */
class ShopBackOfficeBrowserIT extends DeployedGallery {

    private ChromeDriver browser;
    private String run;
    private long shop;

    @BeforeEach
    void signInAsShopStaff() {
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        shop = ProductApiIT.shopId(arjeplog, "Laisvalls Handel");
        Person staff = accounts.shopStaff("arjeplog", accounts.administrator("arjeplog"), shop);
        run = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        browser = Browser.start(1100, 1000);
        browser.get(gallery() + "/account/login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(staff.email());
        browser.findElement(By.id("login:password")).sendKeys(Accounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        awaitHeading("Mitt konto");
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aProductIsAddedByHandWithItsMistakesShownOnTheFields() throws Exception {
        browser.findElement(By.linkText("Min butik")).click();
        browser.findElement(By.linkText("Laisvalls Handel")).click();
        awaitHeading("Varor – Laisvalls Handel");
        browser.findElement(By.linkText("Ny vara")).click();
        awaitHeading("Ny vara");

        browser.findElement(By.id("product:name")).sendKeys("Kaffe " + run);
        browser.findElement(By.id("product:price")).sendKeys("fyrtio");
        browser.findElement(By.id("product:save")).click();
        assertEquals("Priset ”fyrtio” går inte att läsa. Skriv kronor med decimalkomma, till exempel 12,50.",
                wait(By.cssSelector("#product .field-error")).getText());
        assertEquals("Kaffe " + run, browser.findElement(By.id("product:name")).getAttribute("value"));

        browser.findElement(By.id("product:price")).clear();
        browser.findElement(By.id("product:price")).sendKeys("49,90");
        new Select(browser.findElement(By.id("product:vat"))).selectByValue("12");
        browser.findElement(By.id("product:netQuantity")).sendKeys("500");
        browser.findElement(By.id("product:save")).click();

        awaitHeading("Varor – Laisvalls Handel");
        assertEquals("Varan ”Kaffe " + run + "” är sparad.", browser.findElement(By.cssSelector(".messages li")).getText());
        browser.findElement(By.id("filter-q")).sendKeys(run);
        browser.findElement(By.cssSelector(".filters button")).click();
        awaitHeading("Varor – Laisvalls Handel");
        String table = browser.findElement(By.id("list")).getText();
        assertTrue(table.contains("Kaffe " + run) && table.contains("49,90"), table);
        assertEquals(2, browser.findElements(By.cssSelector("#list tr")).size(), "the header and the one product found");

        browser.findElement(By.linkText("Kaffe " + run)).click();
        awaitHeading("Ändra vara");
        assertEquals("49,90", browser.findElement(By.id("product:price")).getAttribute("value"));

        Path picture = Files.createTempFile("kaffe", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", picture.toFile());
        browser.findElement(By.id("picture:file")).sendKeys(picture.toString());
        browser.findElement(By.id("picture:upload")).click();
        assertEquals("Bilden är sparad.", wait(By.cssSelector(".messages li")).getText());
        Object width = browser.executeScript("return document.getElementById('current-image').naturalWidth");
        assertEquals(300L, width, "the thumbnail is served");
        Files.delete(picture);

        browser.findElement(By.id("remove:confirm")).click();
        browser.findElement(By.id("remove:submit")).click();
        awaitHeading("Varor – Laisvalls Handel");
        assertEquals("Varan ”Kaffe " + run + "” är borttagen.", browser.findElement(By.cssSelector(".messages li")).getText());
    }

    @Test
    void aFileFromExcelIsCheckedThenImported() throws Exception {
        Path file = Files.createTempFile("produkter", ".csv");
        Files.write(file, ("Artikelnummer;Namn;Pris;Moms;Förvaring\r\n"
                + "B1-" + run + ";Blåbärssylt " + run + ";39,50;12;rumstemp\r\n"
                + "B2-" + run + ";Älgkorv " + run + ";89;12;kyl\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        browser.get(gallery() + "/shop/import.xhtml?shop=" + shop);
        awaitHeading("Importera varor från fil");

        browser.findElement(By.id("import:file")).sendKeys(file.toString());
        browser.findElement(By.id("import:check")).click();
        assertEquals("Filen har 2 rader: 2 nya varor och 0 som uppdateras.", wait(By.id("import-summary")).getText());
        browser.findElement(By.id("commit:submit")).click();

        awaitHeading("Import av varor");
        Browser.awaitText(browser, By.id("import-state"), "Klart: 2 nya varor och 0 uppdaterade.");
        browser.get(gallery() + "/shop/products.xhtml?shop=" + shop + "&q=" + run);
        awaitHeading("Varor – Laisvalls Handel");
        assertTrue(browser.findElement(By.id("list")).getText().contains("Älgkorv " + run));
        Files.delete(file);
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
        browser.findElement(By.id("import:file")).sendKeys(file.toString());
        browser.findElement(By.id("import:check")).click();
        String summary = spaces(wait(By.id("import-summary")).getText());
        assertTrue(summary.startsWith("Filen har 6 000 rader: "), "Swedish digit grouping: " + summary);
        browser.findElement(By.id("commit:submit")).click();

        awaitHeading("Import av varor");
        assertEquals("6000", browser.findElement(By.id("import-progress")).getAttribute("max"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> spaces(driver.findElement(
                By.id("import-state")).getText()).startsWith("Klart: "));
        String done = spaces(browser.findElement(By.id("import-state")).getText());
        assertTrue(done.equals("Klart: 6 000 nya varor och 0 uppdaterade.")
                || done.equals("Klart: 0 nya varor och 6 000 uppdaterade."), done);
        assertEquals("6000", browser.findElement(By.id("import-progress")).getAttribute("value"));
        Files.delete(file);
    }

    @Test
    void aFileWithMistakesListsThemAndImportsNothing() throws Exception {
        Path file = Files.createTempFile("produkter", ".csv");
        Files.writeString(file, "Artikelnummer;Namn;Pris;Moms\nF1-" + run + ";Fel " + run + ";gratis;12\n",
                StandardCharsets.UTF_8);
        browser.get(gallery() + "/shop/import.xhtml?shop=" + shop);
        browser.findElement(By.id("import:file")).sendKeys(file.toString());
        browser.findElement(By.id("import:check")).click();

        assertEquals("Filen har 1 fel. Ingenting har ändrats. Rätta raderna och försök igen.",
                wait(By.id("import-problems")).getText());
        String problems = browser.findElement(By.id("problems")).getText();
        assertTrue(problems.contains("2") && problems.contains("Pris") && problems.contains("gratis"), problems);
        assertEquals(0, browser.findElements(By.id("commit:submit")).size(), "nothing to import");
        Files.delete(file);
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
