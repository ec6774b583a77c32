package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
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
import se.egalleria.testsupport.MailCatcher;
import se.egalleria.testsupport.Shopping;

/**
 * The shop works its inbox in the browser (an order's steps; a route day's carrier and notes), the
 * carrier marks the delivery on a phone, or says why it could not be made.
 */
class DeliveryWorkflowBrowserIT extends DeployedGallery {

    private ChromeDriver browser;
    private final List<String> violations = new ArrayList<>();

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void fromTheShopsInboxToTheResidentsDoor() {
        TwoShops s = TwoShops.in(base);
        Accounts accounts = new Accounts(base);
        long bussgods = OrderWorkflowApiIT.carrierId(s.arjeplog(), "Bussgods Arjeplog");
        Person driver = accounts.carrier("arjeplog", accounts.administrator("arjeplog"), bussgods);
        String basket = s.shopping().basket();
        s.shopping().addOk(basket, s.cheese(), 2);
        HttpResponse<String> placed = s.shopping().checkout(basket, null, s.shopping().contact(
                Accounts.newAddress("door"), s.laisvall(), Json.createArrayBuilder()
                        .add(Shopping.choice(s.fjallboden(), "HOME_DELIVERY"))).build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = CheckoutApiIT.orders(placed).get(0).getString("number");
        String followToken = ((JsonObject) GalleryClient.json(placed)).getString("followToken");
        browser = Browser.start(1024, 800);

        signIn(s.fjallbodenStaff().email());
        open("/shop/orders.xhtml?shop=" + s.fjallboden() + s.inboxQueryFor(s.fjallbodenStaff(), number));
        WebElement row = browser.findElement(By.xpath("//table[@id='shop-orders']//tr[td/a[text()='" + number + "']]"));
        assertTrue(row.getAttribute("class").contains("is-new"), "a new order stands out");
        assertTrue(row.getText().contains("Ny"), row.getText());
        violations.addAll(Accessibility.violations(browser, "shop inbox"));
        row.findElement(By.linkText(number)).click();
        Browser.awaitHeading(browser, "Ordernummer " + number);
        violations.addAll(Accessibility.violations(browser, "shop order"));

        press("Acceptera");
        Browser.awaitText(browser, By.id("order-status"), "Accepterad av butiken");
        new Select(browser.findElement(By.id("carrier:carrierId"))).selectByVisibleText("Bussgods Arjeplog");
        browser.findElement(By.id("carrier:choose")).click();
        Browser.awaitText(browser, By.id("order-carrier"), "Bussgods Arjeplog");
        press("Packad");
        Browser.awaitText(browser, By.id("order-status"), "Packad");
        press("Lämnad till transportören");
        Browser.awaitText(browser, By.id("order-status"), "Hos transportören");

        browser.manage().deleteAllCookies();
        browser.quit();
        browser = Browser.start(360, 740);
        signIn(driver.email());
        browser.findElement(By.linkText("Mina körningar")).click();
        Browser.awaitHeading(browser, "Mina körningar – Bussgods Arjeplog");
        WebElement stop = browser.findElement(By.xpath("//article[contains(@aria-label, '" + number + "')]"));
        assertTrue(stop.getText().contains("Ta betalt: 270 kr") && stop.getText().contains("kylväska"), stop.getText());
        violations.addAll(Accessibility.violations(browser, "carrier page"));
        stop.findElement(By.cssSelector("input[type=text]")).sendKeys("Lämnat i farstun");
        stop.findElement(By.cssSelector("input[type=checkbox]")).click();
        stop.findElement(By.cssSelector("input[value='Levererad']")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Beställning " + number + " är levererad.");
        browser.findElement(By.xpath("//form[@id='run']//label[starts-with(., '" + number + ":')]")).click();
        browser.findElement(By.id("run:vehicle")).sendKeys("Buss 12");
        browser.findElement(By.id("run:km")).sendKeys("94");
        browser.findElement(By.id("run:record")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Körningen är sparad: 1 leverans, 94 km.");
        assertTrue(browser.findElements(By.xpath("//form[@id='run']//label[starts-with(., '" + number + ":')]"))
                .isEmpty(), "a delivery is in one run only");

        JsonObject followed = s.arjeplog().getJson("/api/v1/orders/" + number + "?token=" + followToken);
        assertEquals("DELIVERED", followed.getString("status"));
        assertEquals("Lämnat i farstun", followed.getString("statusNote"));
        assertEquals(true, followed.getBoolean("recipientConfirmed"));
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void theCarrierCouldNotDeliverAndSaysWhy() {
        TwoShops s = TwoShops.in(base);
        HomeDeliveries d = new HomeDeliveries(s);
        Accounts accounts = new Accounts(base);
        long bussgods = OrderWorkflowApiIT.carrierId(s.arjeplog(), "Bussgods Arjeplog");
        Person driver = accounts.carrier("arjeplog", accounts.administrator("arjeplog"), bussgods);
        String email = Accounts.newAddress("notHome");
        String number = d.place(s.fjallboden(), 2, "Laisvall", "Byvägen 3", email, null);
        d.handOver(s.fjallbodenStaff().token(), number, bussgods);
        browser = Browser.start(360, 740);

        signIn(driver.email());
        open("/carrier/index.xhtml");
        Browser.awaitHeading(browser, "Mina körningar – Bussgods Arjeplog");
        stop(number).findElement(By.cssSelector("input[value='Kunde inte lämnas']")).click();
        Browser.awaitText(browser, By.xpath("//article[contains(@aria-label, '" + number + "')]//*[contains(@class,"
                + " 'field-error')]"), "Skriv orsaken; kunden får se den.");
        violations.addAll(Accessibility.violations(browser, "carrier page with a missing reason"));
        assertEquals("HANDED_TO_CARRIER", order(s, number).getString("status"), "nothing recorded");

        stop(number).findElement(By.cssSelector("input[type=text]")).sendKeys("Ingen hemma, lapp i brevlådan");
        stop(number).findElement(By.cssSelector("input[value='Kunde inte lämnas']")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Beställning " + number
                + " är markerad som inte levererad.");
        WebElement failed = stop(number);
        assertTrue(failed.getText().contains("Leveransen misslyckades"), failed.getText());
        assertTrue(failed.findElements(By.cssSelector("input[type=submit]")).isEmpty(), "nothing more to press");

        MailCatcher.Mail mail = MailCatcher.awaitMailTo(email, "kunde inte lämnas");
        assertTrue(mail.body().contains("Orsak: Ingen hemma, lapp i brevlådan"), mail.body());
        JsonObject order = s.arjeplog().getJson("/api/v1/orders/" + number + "?token=" + mail.token());
        assertEquals("DELIVERY_FAILED", order.getString("status"));
        assertEquals("Ingen hemma, lapp i brevlådan", order.getString("statusNote"));
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void theInboxGivesARouteDayOneCarrierAndPrintsAllItsNotes() throws Exception {
        TwoShops s = TwoShops.in(base);
        HomeDeliveries d = new HomeDeliveries(s);
        // A later route day than most tests use, so that few other orders share it.
        LocalDate day = d.routeDates(s.fjallboden()).get(2);
        String laisvall = d.place(s.fjallboden(), 2, "Laisvall", "Byvägen 3", Accounts.newAddress("day"), day);
        String jackvik = d.place(s.fjallboden(), 2, "Jäckvik", "Fjällvägen 2", Accounts.newAddress("day"), day);
        Path downloads = Files.createTempDirectory("egalleria-notes");
        browser = Browser.start(1024, 800, downloads);

        signIn(s.fjallbodenStaff().email());
        open("/shop/orders.xhtml?shop=" + s.fjallboden() + "&date=" + day);
        Browser.awaitHeading(browser, "Beställningar – Fjällboden Lanthandel");
        for (String number : List.of(laisvall, jackvik)) {
            assertEquals(1, browser.findElements(By.xpath("//table[@id='shop-orders']//a[text()='" + number + "']"))
                    .size(), number + " is in the day's inbox");
        }
        assertEquals(day.toString(), browser.findElement(By.id("filter-date")).getAttribute("value"));

        // What picking a day in the date field does; typing into it depends on the browser's locale.
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("routeday:day")),
                day.toString());
        new Select(browser.findElement(By.id("routeday:carrier"))).selectByVisibleText("Posten");
        browser.findElement(By.id("routeday:assign")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textMatches(
                By.cssSelector(".messages"), Pattern.compile("\\d+ beställningar fick transportören\\.")));
        for (String number : List.of(laisvall, jackvik)) {
            assertEquals("Posten", order(s, number).getString("carrierName"), number);
        }

        browser.findElement(By.id("routeday:print")).click();
        Path pdf = downloads.resolve("leveranssedlar-" + day + ".pdf");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Files.exists(pdf));
        String text;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            text = new PDFTextStripper().getText(document);
        }
        for (String number : List.of(laisvall, jackvik)) {
            assertTrue(text.contains("Order " + number + "\n"), number + " has its note");
        }
        assertTrue(text.contains("Transportör: Posten"), "the notes name the day's carrier");
    }

    /** The order as its shop's staff see it. */
    private static JsonObject order(TwoShops s, String number) {
        HttpResponse<String> order = s.arjeplog().send("GET", "/api/v1/orders/" + number, s.fjallbodenStaff().token(),
                null);
        assertEquals(200, order.statusCode(), order.body());
        return (JsonObject) GalleryClient.json(order);
    }

    private WebElement stop(String number) {
        return browser.findElement(By.xpath("//article[contains(@aria-label, '" + number + "')]"));
    }

    private void press(String step) {
        browser.findElement(By.cssSelector("#steps input[value='" + step + "']")).click();
    }

    private void signIn(String email) {
        Browser.signIn(browser, "http://arjeplog.localhost:" + base.getPort(), email, Accounts.PASSWORD);
    }

    private void open(String path) {
        browser.get("http://arjeplog.localhost:" + base.getPort() + path);
    }
}
