package se.egalleria.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.MailCatcher;

/** A resident's account pages in a real browser: register, confirm by e-mail, sign in and out, delete. */
class AccountPagesBrowserIT extends DeployedGallery {

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        MailCatcher.start();
        browser = Browser.start(1024, 900);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aResidentRegistersConfirmsByEmailAndSignsInAndOut() {
        String email = Accounts.newAddress("browser");
        browser.get(gallery("arjeplog") + "/account/register.xhtml");
        browser.findElement(By.id("register:name")).sendKeys("Greta Gran");
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:password")).sendKeys(Accounts.PASSWORD);
        browser.findElement(By.id("register:submit")).click();
        assertTrue(message().startsWith("Nästan klart! Vi har skickat ett e-brev till " + email), message());

        browser.get(MailCatcher.awaitMailTo(email).link());
        assertEquals("Tack! Din e-postadress är bekräftad och du kan logga in.", message());

        browser.findElement(By.linkText("Logga in")).click();
        String sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();
        signIn(email, Accounts.PASSWORD);
        awaitHeading("Mitt konto");
        assertNotEquals(sessionBefore, browser.manage().getCookieNamed("JSESSIONID").getValue(),
                "signing in gives a new session id (no session fixation)");
        Object apiWithCookie = browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch('/api/v1/me').then(r => done(r.status));");
        assertEquals(401L, apiWithCookie, "the API does not accept the page's session cookie");
        assertEquals("Greta Gran", browser.findElement(By.id("my-name")).getText());
        assertEquals("Invånare", browser.findElement(By.id("my-roles")).getText());

        browser.findElement(By.id("signout:submit")).click();
        Browser.awaitText(browser, By.cssSelector(".account-nav a"), "Logga in");
        browser.get(gallery("arjeplog") + "/account/index.xhtml");
        assertEquals("Logga in", browser.findElement(By.tagName("h1")).getText(), "signed out: my account asks to sign in");
    }

    @Test
    void aResidentSignsOutFromAPageThatKeepsNoState() {
        Person resident = new Accounts(base).resident("arjeplog");
        browser.get(gallery("arjeplog") + "/account/login.xhtml");
        signIn(resident.email(), Accounts.PASSWORD);
        awaitHeading("Mitt konto");
        for (String page : new String[] {"/products.xhtml?q=ost", "/"}) {
            browser.get(gallery("arjeplog") + page);
            browser.findElement(By.id("signout:submit")).click();
            Browser.awaitText(browser, By.cssSelector(".account-nav a"), "Logga in");
            browser.get(gallery("arjeplog") + "/account/index.xhtml");
            assertEquals("Logga in", browser.findElement(By.tagName("h1")).getText(), "signed out from " + page);
            browser.get(gallery("arjeplog") + "/account/login.xhtml");
            signIn(resident.email(), Accounts.PASSWORD);
            awaitHeading("Mitt konto");
        }
    }

    @Test
    void aWrongPasswordIsSaidPlainly() {
        Person resident = new Accounts(base).resident("arjeplog");
        browser.get(gallery("arjeplog") + "/account/login.xhtml");
        signIn(resident.email(), "inte-rätt-lösenord");

        assertEquals("Fel e-postadress eller lösenord.", message());
        assertEquals("Logga in", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aMistakeIsShownOnItsField() {
        browser.get(gallery("arjeplog") + "/account/register.xhtml");
        browser.findElement(By.id("register:name")).sendKeys("Kurt");
        browser.findElement(By.id("register:email")).sendKeys(Accounts.newAddress("short"));
        browser.findElement(By.id("register:password")).sendKeys("kort");
        browser.findElement(By.id("register:submit")).click();

        // The form posts back: wait for the answer instead of reading the page the click left.
        Browser.awaitText(browser, By.cssSelector("#register .field-error"), "Lösenordet måste ha minst 10 tecken.");
        assertEquals("Kurt", browser.findElement(By.id("register:name")).getAttribute("value"), "nothing typed is lost");
    }

    @Test
    void signingInUnderThePathPrefixStaysInThatGallery() {
        Person resident = new Accounts(base).resident("harjedalen");
        browser.get("http://localhost:" + base.getPort() + "/g/harjedalen/account/login.xhtml");
        signIn(resident.email(), Accounts.PASSWORD);
        awaitHeading("Mitt konto");

        assertTrue(browser.getCurrentUrl().contains("/g/harjedalen/account/index.xhtml"), browser.getCurrentUrl());
        assertEquals(resident.email(), browser.findElement(By.id("my-email")).getText());
    }

    @Test
    void aResidentDeletesTheirAccount() {
        Person resident = new Accounts(base).resident("ornskoldsvik");
        browser.get(gallery("ornskoldsvik") + "/account/login.xhtml");
        signIn(resident.email(), Accounts.PASSWORD);
        awaitHeading("Mitt konto");

        browser.findElement(By.id("delete:submit")).click();
        Browser.awaitText(browser, By.cssSelector("#delete .field-error"), "Kryssa i rutan för att bekräfta.");
        browser.findElement(By.id("delete:confirm")).click();
        browser.findElement(By.id("delete:submit")).click();

        awaitHeading("Välkommen till e-gallerian i Örnsköldsvik");
        browser.get(gallery("ornskoldsvik") + "/account/login.xhtml");
        signIn(resident.email(), Accounts.PASSWORD);
        assertEquals("Fel e-postadress eller lösenord.", message());
    }

    private void signIn(String email, String password) {
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private void awaitHeading(String text) {
        Browser.awaitHeading(browser, text);
    }

    /** The page's message, once the page that shows one has loaded. */
    private String message() {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".messages li"))).getText();
    }

    private String gallery(String slug) {
        return "http://" + slug + ".localhost:" + base.getPort();
    }
}
