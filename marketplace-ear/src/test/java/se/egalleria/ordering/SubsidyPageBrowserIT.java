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
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.Shopping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The municipality's administrator keeps the register and approves last month's reports in the browser. */
class SubsidyPageBrowserIT extends DeployedGallery {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorApprovesAHouseholdAndLastMonthsReport() {
        Person admin = new Accounts(base).administrator("arjeplog");
        String name = "Nils " + Shopping.newKey().substring(0, 6);
        browser = Browser.start(1024, 800);
        Browser.signIn(browser, "http://arjeplog.localhost:" + base.getPort(), admin.email(),
                Accounts.PASSWORD);
        browser.findElement(By.linkText("Kommunen")).click();
        Browser.awaitHeading(browser, "Kommunens konsol");
        browser.findElement(By.linkText("Hemsändningsbidrag")).click();
        Browser.awaitHeading(browser, "Hemsändningsbidrag");

        browser.findElement(By.id("approval:name")).sendKeys(name);
        browser.findElement(By.id("approval:street")).sendKeys("Storgatan " + name);
        browser.findElement(By.id("approval:postalCode")).sendKeys("930");
        new Select(browser.findElement(By.id("approval:villageId"))).selectByVisibleText("Jäckvik");
        new Select(browser.findElement(By.id("approval:basis"))).selectByVisibleText("Saknar bil");
        browser.findElement(By.id("approval:submit")).click();
        Browser.awaitText(browser, By.cssSelector("#approval .field-error"),
                "Ange postnumret med fem siffror, till exempel 930 90.");
        browser.findElement(By.id("approval:postalCode")).sendKeys("93");
        browser.findElement(By.id("approval:submit")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), name + " är beviljad hemsändning.");
        assertTrue(browser.findElement(By.id("register")).getText().contains(name + ", Storgatan " + name
                + ", 93093 Jäckvik – Saknar bil"), browser.findElement(By.id("register")).getText());
        List<String> violations = Accessibility.violations(browser, "subsidy page");

        browser.findElement(By.cssSelector("input[aria-label='Attestera och lås: Slagnäs Livs & Bensin']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".messages"), "låst"));
        String outcome = browser.findElement(By.cssSelector(".messages")).getText();
        assertTrue(outcome.contains("är attesterad och låst") || outcome.contains("är redan attesterad och låst"),
                outcome);

        browser.findElement(By.cssSelector("input[aria-label='Dra tillbaka: " + name + "']")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Beviljandet för " + name + " är tillbakadraget.");
        assertEquals(List.of(), violations, String.join("\n", violations));
    }
}
