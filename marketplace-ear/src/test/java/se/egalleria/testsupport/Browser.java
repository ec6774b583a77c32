package se.egalleria.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its chromedriver (both installed by .ci/run). Chromium
 * resolves *.localhost to loopback itself, so galleries are opened by their own host names.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private Browser() {
    }

    /** Waits for an element's text (a page after a click or redirect), saying what the page shows instead. */
    public static void awaitText(ChromeDriver driver, org.openqa.selenium.By locator, String text) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(locator, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected \"" + text + "\" at " + locator + "; the page shows: "
                    + driver.findElement(org.openqa.selenium.By.tagName("body")).getText(), e);
        }
    }

    /** Waits for the page whose main heading is {@code text}. */
    public static void awaitHeading(ChromeDriver driver, String text) {
        awaitText(driver, org.openqa.selenium.By.tagName("h1"), text);
    }

    /**
     * What the browser's console reported since the last call at level SEVERE: script errors, CSP
     * violations, failed loads. The site has no favicon (yet), so the browser's own request for it is left out.
     */
    public static java.util.List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .filter(message -> !message.contains("/favicon.ico "))
                .toList();
    }

    /** Signs in on the gallery's login page (e.g. http://arjeplog.localhost:8180) and waits for "Mitt konto". */
    public static void signIn(ChromeDriver driver, String gallery, String email, String password) {
        driver.get(gallery + "/account/login.xhtml");
        driver.findElement(org.openqa.selenium.By.id("login:email")).sendKeys(email);
        driver.findElement(org.openqa.selenium.By.id("login:password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("login:submit")).click();
        awaitHeading(driver, "Mitt konto");
    }

    public static ChromeDriver start(int width, int height) {
        return start(width, height, null);
    }

    /** A browser that saves downloads into {@code downloads} (when not null). */
    public static ChromeDriver start(int width, int height, Path downloads) {
        Path profile;
        try {
            profile = Files.createTempDirectory("egalleria-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                        "--window-size=" + width + "," + height, "--lang=sv-SE");
        // The console (script errors, CSP violations) for consoleErrors().
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
