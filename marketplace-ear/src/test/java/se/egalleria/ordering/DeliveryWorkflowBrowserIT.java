package se.egalleria.ordering;

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
import org.openqa.selenium.support.ui.Select;
import se.egalleria.testsupport.Accessibility;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;
import se.egalleria.testsupport.Shopping;

/** The shop works its inbox in the browser, the carrier marks the delivery on a phone. */
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
        open("/shop/orders.xhtml?shop=" + s.fjallboden());
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
