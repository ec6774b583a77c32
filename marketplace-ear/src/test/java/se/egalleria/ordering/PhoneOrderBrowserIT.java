package se.egalleria.ordering;

import java.time.Duration;
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
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fjällboden takes an order on the phone from a resident who has no e-mail address. */
class PhoneOrderBrowserIT extends DeployedGallery {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void staffEnterAPhoneOrderThatFlowsLikeAnyOther() {
        TwoShops s = TwoShops.in(base);
        String cheese = s.arjeplog().getJson("/api/v1/products/" + s.cheese()).getString("name");
        String run = cheese.substring(cheese.lastIndexOf(' ') + 1);
        browser = Browser.start(1024, 800);
        Browser.signIn(browser, "http://arjeplog.localhost:" + base.getPort(), s.fjallbodenStaff().email(),
                Accounts.PASSWORD);
        open("/shop/orders.xhtml?shop=" + s.fjallboden());
        browser.findElement(By.id("new-phone-order")).click();
        Browser.awaitHeading(browser, "Telefonorder");

        browser.findElement(By.id("phoneorder:phone")).sendKeys("070-" + Math.abs(run.hashCode() % 10000000));
        browser.findElement(By.id("phoneorder:find")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Ny kund: fyll i uppgifterna.");
        browser.findElement(By.id("phoneorder:name")).sendKeys("Greta Nilsson");
        browser.findElement(By.id("phoneorder:street")).sendKeys("Skolvägen 1");
        browser.findElement(By.id("phoneorder:postalCode")).sendKeys("93090");
        new Select(browser.findElement(By.id("phoneorder:villageId"))).selectByVisibleText("Laisvall");
        browser.findElement(By.id("phoneorder:q")).sendKeys(run);
        browser.findElement(By.id("phoneorder:search")).click();
        // The search posts the whole form back: wait for the answer's page, not the one clicked on.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("input[aria-label='Lägg till: " + cheese + "']"))).click();
        Browser.awaitText(browser, By.id("phone-lines"), "1 × " + cheese + " (st)");
        browser.findElement(By.cssSelector("input[aria-label='En till: " + cheese + " (st)']")).click();
        Browser.awaitText(browser, By.id("phone-lines"), "2 × " + cheese + " (st)");
        List<String> violations = Accessibility.violations(browser, "phone order");
        browser.findElement(By.id("phoneorder:place")).click();

        Browser.awaitText(browser, By.id("order-channel"), "På telefon av " + s.fjallbodenStaff().email());
        assertTrue(browser.findElement(By.cssSelector(".order-total")).getText().startsWith("270"),
                browser.findElement(By.cssSelector(".order-total")).getText());
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    private void open(String path) {
        browser.get("http://arjeplog.localhost:" + base.getPort() + path);
    }
}
