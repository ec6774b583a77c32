package se.egalleria.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;

/** A resident's first visit, in a real headless Chromium, on a phone-sized screen. */
class StartPageBrowserIT extends DeployedGallery {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aResidentSeesTheGalleryInItsColoursAndSwitchesToEnglish() {
        browser = Browser.start(1024, 800);
        browser.get(galleryUrl("arjeplog"));

        assertEquals("Välkommen till e-gallerian i Arjeplog", browser.findElement(By.tagName("h1")).getText());
        assertEquals("rgba(29, 79, 110, 1)", browser.findElement(By.cssSelector(".site-header")).getCssValue("background-color"));
        WebElement logo = browser.findElement(By.cssSelector("img.logo"));
        assertTrue(((Number) browser.executeScript("return arguments[0].naturalWidth", logo)).intValue() > 0,
                "the logo loaded");

        browser.findElement(By.linkText("In English")).click();

        Browser.awaitHeading(browser, "Welcome to the local online gallery of Arjeplog");
        browser.get(galleryUrl("arjeplog"));
        assertEquals("Welcome to the local online gallery of Arjeplog", browser.findElement(By.tagName("h1")).getText(),
                "the choice of language is remembered");
    }

    @Test
    void anotherGalleryHasItsOwnColours() {
        browser = Browser.start(1024, 800);
        browser.get(galleryUrl("harjedalen"));

        assertEquals("Välkommen till e-gallerian i Härjedalen", browser.findElement(By.tagName("h1")).getText());
        assertEquals("rgba(47, 91, 42, 1)", browser.findElement(By.cssSelector(".site-header")).getCssValue("background-color"));
    }

    @Test
    void worksOnANarrowPhoneAndWithTheKeyboard() {
        browser = Browser.start(320, 640);
        browser.get(galleryUrl("ornskoldsvik"));

        long pageWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
        assertTrue(pageWidth <= viewport, "no sideways scrolling at 320 px: page " + pageWidth + " > " + viewport);

        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("Hoppa till innehållet", focused.getText(), "the first Tab reaches the skip link");
        focused.sendKeys(Keys.ENTER);
        assertTrue(browser.getCurrentUrl().endsWith("#main"), browser.getCurrentUrl());
    }

    private String galleryUrl(String slug) {
        return "http://" + slug + ".localhost:" + base.getPort() + "/";
    }
}
