package se.egalleria.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;

/** Slow rural connections: a first visit to a gallery's home page transfers at most 300 KB in all. */
class FirstVisitWeightBrowserIT extends DeployedGallery {

    private static final long LIMIT_BYTES = 300 * 1024;

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void homePageOfAFirstVisitIsLight() {
        browser = Browser.start(360, 740);
        browser.get("http://arjeplog.localhost:" + base.getPort() + "/");

        // Navigation and every resource (style sheets, logo, scripts, pictures), as the browser fetched them.
        long bytes = ((Number) browser.executeScript("""
                const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                return entries.reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0);""")).longValue();
        long resources = ((Number) browser.executeScript("return performance.getEntriesByType('resource').length"))
                .longValue();

        assertTrue(bytes > 1000, "the measurement saw the page: " + bytes + " bytes");
        assertTrue(bytes <= LIMIT_BYTES, "first visit transferred " + bytes + " bytes in " + (resources + 1)
                + " requests; the limit is " + LIMIT_BYTES);
    }
}
