package se.egalleria.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.egalleria.testsupport.Accessibility;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;

/** The administrator reads the statistics as tables and charts, and downloads them as CSV. */
class StatisticsPageBrowserIT extends DeployedGallery {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorReadsTheTablesAndDownloadsTheCsv() throws IOException {
        Person admin = new Accounts(base).administrator("arjeplog");
        Path downloads = Files.createTempDirectory("egalleria-statistics");
        browser = Browser.start(1024, 900, downloads);
        Browser.signIn(browser, gallery(), admin.email(), Accounts.PASSWORD);
        browser.findElement(By.linkText("Kommunen")).click();
        Browser.awaitHeading(browser, "Kommunens konsol");
        browser.findElement(By.linkText("Statistik")).click();
        Browser.awaitHeading(browser, "Statistik över hemsändning");

        YearMonth now = YearMonth.now(ZoneId.of("Europe/Stockholm"));
        assertEquals(now.minusMonths(11).toString(), browser.findElement(By.id("period:from")).getAttribute("value"));
        assertEquals(now.toString(), browser.findElement(By.id("period:to")).getAttribute("value"));
        assertEquals(List.of("Adolfsström", "Arjeplog", "Jäckvik", "Laisvall", "Mellanström", "Slagnäs"),
                rowHeadings("villages"));
        assertEquals(12, rowHeadings("months").size());
        assertEquals(now.toString(), rowHeadings("months").get(11));
        assertTrue(rowHeadings("shops").contains("Fjällboden Lanthandel"), rowHeadings("shops").toString());
        assertEquals(List.of("Bussgods Arjeplog", "Posten"), rowHeadings("carriers"));
        WebElement chart = browser.findElement(By.cssSelector("svg.bar-chart[aria-labelledby='village-chart-title']"));
        assertEquals("img", chart.getAttribute("role"));
        assertEquals(6, chart.findElements(By.tagName("rect")).size(), "a bar per village");
        String homeDeliveries = browser.findElement(By.cssSelector("#totals div:first-child dd")).getText();

        // The dashboard's other figures: a chart each, named and described, with its table beside it.
        for (String id : List.of("month-chart", "subsidised-chart", "sales-month-chart", "sales-shop-chart",
                "method-chart", "booking-month-chart")) {
            WebElement svg = browser.findElement(By.cssSelector("svg.bar-chart[aria-labelledby='" + id + "-title']"));
            assertEquals("img", svg.getAttribute("role"), id);
            assertEquals(id + "-desc", svg.getAttribute("aria-describedby"), id);
            assertTrue(!svg.findElement(By.tagName("title")).getAttribute("textContent").isBlank(), id);
            assertTrue(!svg.findElement(By.tagName("desc")).getAttribute("textContent").isBlank(), id);
        }
        assertEquals(12 * 3, browser.findElements(By.cssSelector("svg[aria-labelledby='method-chart-title'] rect"))
                .size(), "home delivery, shop pickup and service point pickup for each month");
        assertEquals(List.of("Hemsändning", "Hämtas i butik", "Hämtas vid servicepunkt"),
                browser.findElements(By.cssSelector("#method-chart-legend li")).stream().map(WebElement::getText)
                        .toList());
        assertEquals(12, rowHeadings("sales-months").size());
        assertEquals(12, rowHeadings("methods").size());
        assertEquals(12, rowHeadings("booking-months").size());
        assertEquals(List.of("Adolfsström", "Arjeplog", "Jäckvik", "Laisvall", "Mellanström", "Slagnäs"),
                rowHeadings("village-months"));
        assertEquals(13, browser.findElements(By.cssSelector("#village-months thead th")).size(), "a column per month");
        assertTrue(rowHeadings("sales-shops").contains("Fjällboden Lanthandel"), rowHeadings("sales-shops").toString());
        assertTrue(!browser.findElements(By.id("booking-services")).isEmpty()
                || !browser.findElements(By.id("no-bookings")).isEmpty(), "bookings per service, or that there were none");
        List<String> violations = Accessibility.violations(browser, "statistics page");

        browser.findElement(By.id("period:csv")).click();
        Path csv = downloads.resolve("hemsandning-statistik-" + now.minusMonths(11) + "-" + now + ".csv");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Files.exists(csv));
        String file = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(file.startsWith("\uFEFFIndelning;Namn;Hemsändningar;Hämtade;Hushåll;Med bidrag;Andel med bidrag (%)"
                + "\r\nTotalt;" + now.minusMonths(11) + "–" + now + ";" + homeDeliveries + ";"), file);
        assertTrue(file.contains("\r\nBy;Adolfsström;") && file.contains("\r\nTransportör;Posten;"), file);

        browser.findElement(By.id("period:csvSales")).click();
        Path sales = downloads.resolve("forsaljning-" + now.minusMonths(11) + "-" + now + ".csv");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Files.exists(sales));
        String salesFile = Files.readString(sales, StandardCharsets.UTF_8);
        assertTrue(salesFile.startsWith("\uFEFFButik;Månad;Beställningar;Försäljning inkl. moms (kr);Varav moms (kr)"
                + "\r\nAlla butiker;" + now.minusMonths(11) + ";"), salesFile);

        // A period that ends before it starts is refused on the field, and nothing is shown.
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("period:from")),
                now.plusMonths(1).toString());
        browser.findElement(By.id("period:show")).click();
        Browser.awaitText(browser, By.cssSelector("#period .field-error"),
                "Till-månaden kan inte vara före från-månaden.");
        assertTrue(browser.findElements(By.id("villages")).isEmpty());
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void aResidentIsToldTheStatisticsAreTheMunicipalitys() {
        Person resident = new Accounts(base).resident("arjeplog");
        browser = Browser.start(320, 640);
        Browser.signIn(browser, gallery(), resident.email(), Accounts.PASSWORD);
        assertTrue(browser.findElements(By.linkText("Kommunen")).isEmpty(), "no console link for residents");

        browser.get(gallery() + "/municipality/statistics.xhtml");
        Browser.awaitText(browser, By.cssSelector(".messages"), "Det här får bara kommunens administratörer göra.");
        assertTrue(browser.findElements(By.id("period")).isEmpty());
        assertTrue(browser.findElements(By.id("villages")).isEmpty());
    }

    @Test
    void fitsAPhone() {
        Person admin = new Accounts(base).administrator("arjeplog");
        browser = Browser.start(320, 640);
        Browser.signIn(browser, gallery(), admin.email(), Accounts.PASSWORD);
        browser.get(gallery() + "/municipality/statistics.xhtml");
        Browser.awaitHeading(browser, "Statistik över hemsändning");

        long pageWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
        assertTrue(pageWidth <= viewport, "no sideways scrolling at 320 px: page " + pageWidth + " > " + viewport);
        // Every chart's labels fit inside the chart on the phone: none is cut off at the edge.
        assertTrue(browser.findElements(By.cssSelector("svg.bar-chart")).size() >= 8, "the charts are there");
        assertEquals(List.of(), browser.executeScript("return Array.from(document.querySelectorAll('svg.bar-chart'))"
                + ".flatMap(svg => Array.from(svg.querySelectorAll('text'))"
                + ".filter(t => t.getBBox().width > svg.getBoundingClientRect().width).map(t => t.textContent))"));
        assertEquals(List.of(), Accessibility.violations(browser, "statistics page at 320 px"));
    }

    private List<String> rowHeadings(String table) {
        return browser.findElements(By.cssSelector("#" + table + " tbody th")).stream().map(WebElement::getText)
                .toList();
    }

    private String gallery() {
        return "http://arjeplog.localhost:" + base.getPort();
    }
}
