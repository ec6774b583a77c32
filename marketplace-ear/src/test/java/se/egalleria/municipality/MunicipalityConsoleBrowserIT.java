package se.egalleria.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import se.egalleria.testsupport.Accessibility;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/** The administrator's console pages: keyboard-and-screen-reader friendly (axe), at 320 px too. */
class MunicipalityConsoleBrowserIT extends DeployedGallery {

    private static final String RULES = "/api/v1/municipality/delivery-rules";

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorChangesTheFeeAndIsToldAboutAMistakeOnTheField() {
        Person admin = new Accounts(base).administrator("arjeplog");
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        JsonObject before = rules(arjeplog, admin);
        browser = Browser.start(1024, 900);
        try {
            Browser.signIn(browser, gallery(), admin.email(), Accounts.PASSWORD);
            browser.findElement(By.linkText("Kommunen")).click();
            Browser.awaitHeading(browser, "Kommunens konsol");
            browser.findElement(By.linkText("Avgifter och bidrag")).click();
            Browser.awaitHeading(browser, "Avgift och regler för hemsändningsbidrag");
            assertEquals(kronor(before.getJsonNumber("feeOre").longValue()), value("fee"));
            assertEquals(String.valueOf(before.getInt("maxPerHouseholdPerWeek")), value("perWeek"));
            assertEquals(before.getJsonArray("eligibleGroups").toString().contains("PENSIONER"),
                    browser.findElement(By.id("rules:pensioner")).isSelected());
            List<String> violations = new ArrayList<>(Accessibility.violations(browser, "rules page"));

            replace("perWeek", "15");
            browser.findElement(By.id("rules:save")).click();
            Browser.awaitText(browser, By.cssSelector("#rules .field-error"), "Ange ett heltal från 0 till 14.");
            assertEquals(before, rules(arjeplog, admin), "nothing saved");
            violations.addAll(Accessibility.violations(browser, "rules page with a field message"));

            replace("perWeek", String.valueOf(before.getInt("maxPerHouseholdPerWeek")));
            replace("fee", "27,50");
            browser.findElement(By.id("rules:save")).click();
            Browser.awaitText(browser, By.cssSelector(".messages"), "Reglerna är sparade och gäller från och med nu.");
            assertEquals("27,50", value("fee"));
            assertEquals(2750, rules(arjeplog, admin).getJsonNumber("feeOre").longValue());
            assertEquals(List.of(), violations, String.join("\n", violations));
            assertEquals(List.of(), Browser.consoleErrors(browser), "no script errors, no CSP violations");
        } finally {
            JsonObject now = rules(arjeplog, admin);
            HttpResponse<String> restored = arjeplog.send("PUT", RULES, admin.token(), Json.createObjectBuilder(before)
                    .add("version", now.getJsonNumber("version").longValue()).build());
            assertEquals(200, restored.statusCode(), restored.body());
        }
    }

    @Test
    void aResidentIsToldTheRulesAreTheMunicipalitys() {
        Person resident = new Accounts(base).resident("arjeplog");
        browser = Browser.start(1024, 900);
        Browser.signIn(browser, gallery(), resident.email(), Accounts.PASSWORD);
        assertTrue(browser.findElements(By.linkText("Kommunen")).isEmpty(), "no console link for residents");
        browser.get(gallery() + "/municipality/rules.xhtml");
        Browser.awaitText(browser, By.cssSelector(".messages"), "Det här får bara kommunens administratörer göra.");
        assertTrue(browser.findElements(By.id("rules")).isEmpty());
    }

    @Test
    void theAdministratorAddsChangesAndRemovesAVillage() {
        Person admin = new Accounts(base).administrator("ornskoldsvik");
        String gallery = "http://ornskoldsvik.localhost:" + base.getPort();
        String name = "Sidby " + se.egalleria.testsupport.Shopping.newKey().substring(0, 8);
        browser = Browser.start(1024, 900);
        Browser.signIn(browser, gallery, admin.email(), Accounts.PASSWORD);
        browser.findElement(By.linkText("Kommunen")).click();
        Browser.awaitHeading(browser, "Kommunens konsol");
        browser.findElement(By.linkText("Byar")).click();
        Browser.awaitHeading(browser, "Byar");
        List<String> violations = new ArrayList<>(Accessibility.violations(browser, "villages page"));

        replaceIn("village", "name", name);
        replaceIn("village", "latitude", "norr");
        replaceIn("village", "longitude", "18,6");
        browser.findElement(By.id("village:save")).click();
        Browser.awaitText(browser, By.cssSelector("#village .field-error"),
                "Ange grader med decimaler, till exempel 66,0517.");
        violations.addAll(Accessibility.violations(browser, "villages page with a field message"));

        replaceIn("village", "latitude", "63,41");
        replaceIn("village", "households", "7");
        browser.findElement(By.id("village:save")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Byn " + name + " är tillagd.");
        assertTrue(rowHeadings().contains(name), rowHeadings().toString());

        browser.findElement(By.cssSelector("input[aria-label='Ändra: " + name + "']")).click();
        Browser.awaitText(browser, By.id("village-form-heading"), "Ändra byn");
        assertEquals("63,41", browser.findElement(By.id("village:latitude")).getAttribute("value"));
        replaceIn("village", "households", "9");
        browser.findElement(By.id("village:save")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Byn " + name + " är ändrad.");
        assertEquals("9", browser.findElement(By.xpath("//table[@id='villages']//tr[th='" + name + "']/td[3]"))
                .getText());

        browser.findElement(By.cssSelector("input[aria-label='Ta bort: " + name + "']")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Byn " + name + " är borttagen.");
        assertFalse(rowHeadings().contains(name));
        assertEquals(List.of(), violations, String.join("\n", violations));
        assertEquals(List.of(), Browser.consoleErrors(browser), "no script errors, no CSP violations");
    }

    @Test
    void theConsolePagesFitAPhone() {
        Person admin = new Accounts(base).administrator("ornskoldsvik");
        String gallery = "http://ornskoldsvik.localhost:" + base.getPort();
        browser = Browser.start(320, 640);
        Browser.signIn(browser, gallery, admin.email(), Accounts.PASSWORD);
        List<String> violations = new ArrayList<>();
        for (String[] page : List.of(new String[] {"rules", "Avgift och regler för hemsändningsbidrag"},
                new String[] {"villages", "Byar"}, new String[] {"carriers", "Transportörer"},
                new String[] {"delivery-areas", "Leveransområden och turdagar"},
                new String[] {"categories", "Galleriets kategorier"})) {
            browser.get(gallery + "/municipality/" + page[0] + ".xhtml");
            Browser.awaitHeading(browser, page[1]);
            long pageWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth"))
                    .longValue();
            long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
            assertTrue(pageWidth <= viewport, page[0] + ": no sideways scrolling at 320 px: page " + pageWidth + " > "
                    + viewport);
            violations.addAll(Accessibility.violations(browser, page[0] + " page at 320 px"));
        }
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void theAdministratorAdmitsChangesAndRemovesACarrier() {
        Person admin = new Accounts(base).administrator("ornskoldsvik");
        String gallery = "http://ornskoldsvik.localhost:" + base.getPort();
        String name = "Sidtaxi " + se.egalleria.testsupport.Shopping.newKey().substring(0, 8);
        browser = Browser.start(1024, 900);
        Browser.signIn(browser, gallery, admin.email(), Accounts.PASSWORD);
        browser.findElement(By.linkText("Kommunen")).click();
        Browser.awaitHeading(browser, "Kommunens konsol");
        browser.findElement(By.linkText("Transportörer")).click();
        Browser.awaitHeading(browser, "Transportörer");
        List<String> violations = new ArrayList<>(Accessibility.violations(browser, "carriers page"));

        replaceIn("carrier", "name", name);
        replaceIn("carrier", "code", name.toLowerCase().replace(' ', '-'));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("carrier:mode"))).selectByVisibleText("Taxi");
        replaceIn("carrier", "organisationNumber", "5566778899");
        browser.findElement(By.id("carrier:save")).click();
        Browser.awaitText(browser, By.cssSelector("#carrier .field-error"), "Ange organisationsnumret som 556677-8899.");
        violations.addAll(Accessibility.violations(browser, "carriers page with a field message"));

        replaceIn("carrier", "organisationNumber", "556677-8899");
        browser.findElement(By.id("carrier:save")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Transportören " + name + " är tillagd.");
        assertEquals("Taxi", browser.findElement(By.xpath("//table[@id='carriers']//tr[th='" + name + "']/td[2]"))
                .getText());

        browser.findElement(By.cssSelector("input[aria-label='Ändra: " + name + "']")).click();
        Browser.awaitText(browser, By.id("carrier-form-heading"), "Ändra transportören");
        assertEquals("556677-8899", browser.findElement(By.id("carrier:organisationNumber")).getAttribute("value"));
        replaceIn("carrier", "subsidyAgreement", "Avtal 2027");
        browser.findElement(By.id("carrier:save")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Transportören " + name + " är ändrad.");
        assertEquals("Avtal 2027", browser.findElement(By.xpath("//table[@id='carriers']//tr[th='" + name
                + "']/td[5]")).getText());

        browser.findElement(By.cssSelector("input[aria-label='Ta bort: " + name + "']")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Transportören " + name + " är borttagen.");
        assertTrue(browser.findElements(By.xpath("//table[@id='carriers']//tr[th='" + name + "']")).isEmpty());
        assertEquals(List.of(), violations, String.join("\n", violations));
        assertEquals(List.of(), Browser.consoleErrors(browser), "no script errors, no CSP violations");
    }

    @Test
    void theAdministratorWidensAShopsDeliveryArea() {
        se.egalleria.ordering.TwoShops s = se.egalleria.ordering.TwoShops.in(base);
        Person admin = new Accounts(base).administrator("arjeplog");
        String area = "/api/v1/municipality/shops/" + s.slagnas() + "/delivery-area";
        JsonObject before = GalleryClient.json(s.arjeplog().send("GET", area, admin.token(), null)).asJsonObject();
        browser = Browser.start(1024, 900);
        try {
            Browser.signIn(browser, gallery(), admin.email(), Accounts.PASSWORD);
            browser.findElement(By.linkText("Kommunen")).click();
            Browser.awaitHeading(browser, "Kommunens konsol");
            browser.findElement(By.linkText("Leveransområden")).click();
            Browser.awaitHeading(browser, "Leveransområden och turdagar");
            List<String> violations = new ArrayList<>(Accessibility.violations(browser, "delivery areas"));
            browser.findElement(By.linkText("Slagnäs Livs & Bensin")).click();
            Browser.awaitHeading(browser, "Leveransområde för Slagnäs Livs & Bensin");
            violations.addAll(Accessibility.violations(browser, "a shop's delivery area"));

            WebElement laisvall = browser.findElement(By.xpath("//label[text()='Laisvall']/preceding-sibling::input"));
            assertFalse(laisvall.isSelected(), "Slagnäs does not deliver to Laisvall");
            laisvall.click();
            WebElement friday = browser.findElement(By.xpath("//label[text()='Fredag']/preceding-sibling::input"));
            if (!friday.isSelected()) {
                friday.click();
            }
            WebElement minimum = browser.findElement(By.id("area:minimumOrder"));
            minimum.clear();
            minimum.sendKeys("mycket");
            browser.findElement(By.id("area:save")).click();
            Browser.awaitText(browser, By.cssSelector("#area .field-error"), "Priset ”mycket” går inte att läsa. Skriv kronor med decimalkomma, till exempel 12,50.");
            violations.addAll(Accessibility.violations(browser, "a shop's delivery area with a field message"));

            minimum = browser.findElement(By.id("area:minimumOrder"));
            minimum.clear();
            minimum.sendKeys("150");
            browser.findElement(By.id("area:save")).click();
            Browser.awaitText(browser, By.cssSelector(".messages"),
                    "Leveransområdet för Slagnäs Livs & Bensin är sparat och gäller för nästa beställning.");
            JsonObject now = GalleryClient.json(s.arjeplog().send("GET", area, admin.token(), null)).asJsonObject();
            assertEquals(15000, now.getJsonNumber("minimumOrderOre").longValue());
            assertTrue(now.getJsonArray("villageIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                    .anyMatch(n -> n.longValue() == s.laisvall()), now.toString());
            assertTrue(now.getJsonArray("routeDays").toString().contains("FRIDAY"), now.toString());
            assertEquals(List.of(), violations, String.join("\n", violations));
            assertEquals(List.of(), Browser.consoleErrors(browser), "no script errors, no CSP violations");
        } finally {
            JsonObject now = GalleryClient.json(s.arjeplog().send("GET", area, admin.token(), null)).asJsonObject();
            HttpResponse<String> restored = s.arjeplog().send("PUT", area, admin.token(), Json.createObjectBuilder(before)
                    .add("version", now.getJsonNumber("version").longValue()).build());
            assertEquals(200, restored.statusCode(), restored.body());
        }
    }

    @Test
    void theAdministratorAddsMovesAndRemovesACategory() {
        Person admin = new Accounts(base).administrator("ornskoldsvik");
        String gallery = "http://ornskoldsvik.localhost:" + base.getPort();
        String name = "Sidkategori " + se.egalleria.testsupport.Shopping.newKey().substring(0, 8);
        browser = Browser.start(1024, 900);
        Browser.signIn(browser, gallery, admin.email(), Accounts.PASSWORD);
        browser.findElement(By.linkText("Kommunen")).click();
        Browser.awaitHeading(browser, "Kommunens konsol");
        browser.findElement(By.linkText("Kategorier")).click();
        Browser.awaitHeading(browser, "Galleriets kategorier");
        List<String> violations = new ArrayList<>(Accessibility.violations(browser, "categories page"));

        browser.findElement(By.id("category:save")).click();
        Browser.awaitText(browser, By.cssSelector("#category .field-error"), "Måste fyllas i.");
        violations.addAll(Accessibility.violations(browser, "categories page with a field message"));

        replaceIn("category", "name", name);
        browser.findElement(By.id("category:save")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Kategorin " + name + " är tillagd.");

        browser.findElement(By.cssSelector("input[aria-label='Ändra: " + name + "']")).click();
        Browser.awaitText(browser, By.id("category-form-heading"), "Byt namn på eller flytta kategorin");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("category:parent")))
                .selectByVisibleText("Livsmedel");
        browser.findElement(By.id("category:save")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Kategorin " + name + " är ändrad.");
        assertTrue(browser.findElements(By.cssSelector("#categories tbody th")).stream().map(WebElement::getText)
                .anyMatch(("– " + name)::equals), "shown under Livsmedel");

        browser.findElement(By.cssSelector("input[aria-label='Ta bort: " + name + "']")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Kategorin " + name + " är borttagen.");
        assertEquals(List.of(), violations, String.join("\n", violations));
        assertEquals(List.of(), Browser.consoleErrors(browser), "no script errors, no CSP violations");
    }

    private List<String> rowHeadings() {
        return browser.findElements(By.cssSelector("#villages tbody th")).stream().map(WebElement::getText).toList();
    }

    private void replaceIn(String form, String field, String text) {
        WebElement input = browser.findElement(By.id(form + ":" + field));
        input.clear();
        input.sendKeys(text);
    }

    private void replace(String field, String text) {
        WebElement input = browser.findElement(By.id("rules:" + field));
        input.clear();
        input.sendKeys(text);
    }

    private String value(String field) {
        return browser.findElement(By.id("rules:" + field)).getAttribute("value");
    }

    private static String kronor(long ore) {
        return String.format("%d,%02d", ore / 100, ore % 100);
    }

    private static JsonObject rules(GalleryClient gallery, Person admin) {
        HttpResponse<String> response = gallery.send("GET", RULES, admin.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) GalleryClient.json(response);
    }

    private String gallery() {
        return "http://arjeplog.localhost:" + base.getPort();
    }
}
