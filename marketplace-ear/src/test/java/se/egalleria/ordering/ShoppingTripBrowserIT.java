package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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

/**
 * The administrator sets the trip rules on "Avgifter och bidrag" (a mistake is shown on its field),
 * then opens Fjällboden's report of the month on "Hemsändningsbidrag": its shopping trips are
 * listed apart from the home deliveries, with the subsidy claimed or why not. The shop marks a
 * service as an organised trip in its service form.
 */
class ShoppingTripBrowserIT extends DeployedGallery {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorSetsTheTripRulesAndSeesTheTripsOfTheMonth() throws InterruptedException {
        TwoShops s = TwoShops.in(base);
        Person admin = new Accounts(base).administrator("arjeplog");
        Person resident = new Accounts(base).resident("arjeplog");
        String run = Shopping.newKey().substring(0, 8);
        String approved = "Bussvägen 1 " + run;
        String unknown = "Bussvägen 2 " + run;
        assertEquals(201, SubsidyReportApiIT.approve(s, admin.token(), approved, "PENSIONER").statusCode());
        long bus = ((JsonObject) GalleryClient.json(s.arjeplog().post("/api/v1/shops/" + s.fjallboden() + "/services",
                s.fjallbodenStaff().token(), Json.createObjectBuilder().add("name", "Handlarrunda " + run)
                        .add("description", "").add("kind", "SHOPPING_BUS").add("booking", "SLOTS").build())))
                .getJsonNumber("id").longValue();
        // Soon enough to have taken place when the report is read, late enough to book in the browser first.
        Instant start = Instant.now().plusSeconds(45).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> slot = s.arjeplog().post("/api/v1/services/" + bus + "/slots", s.fjallbodenStaff().token(),
                Json.createObjectBuilder().add("startsAt", start.toString()).add("capacity", 8).build());
        assertEquals(201, slot.statusCode(), slot.body());
        long slotId = ((JsonObject) GalleryClient.json(slot)).getJsonNumber("id").longValue();
        HttpResponse<String> booked = s.arjeplog().post("/api/v1/slots/" + slotId + "/bookings", resident.token(),
                Json.createObjectBuilder().add("street", unknown).add("postalCode", "93090")
                        .add("villageId", s.laisvall()).add("name", "Resenär " + unknown).build());
        assertEquals(201, booked.statusCode(), booked.body());
        JsonObject before = DeliveryRulesApiIT.rules(s.arjeplog(), admin);
        List<String> violations = new ArrayList<>();
        try {
            browser = Browser.start(1024, 800);
            String gallery = "http://arjeplog.localhost:" + base.getPort();
            bookOnTheServicePage(gallery, resident, bus, approved, s);
            violations.addAll(Accessibility.violations(browser, "shopping bus page after booking"));
            browser.manage().deleteAllCookies();
            Browser.signIn(browser, gallery, admin.email(), Accounts.PASSWORD);
            browser.findElement(By.linkText("Kommunen")).click();
            Browser.awaitHeading(browser, "Kommunens konsol");
            browser.findElement(By.linkText("Avgifter och bidrag")).click();
            Browser.awaitHeading(browser, "Avgift och regler för hemsändningsbidrag");
            replace("rules:tripSubsidy", "sextio");
            replace("rules:tripPerWeek", "1");
            browser.findElement(By.id("rules:save")).click();
            String mistake = "Priset ”sextio” går inte att läsa. Skriv kronor med decimalkomma, till exempel 12,50.";
            Browser.awaitText(browser, By.cssSelector("#rules .field-error"), mistake);
            assertEquals(mistake, fieldError("rules:tripSubsidy"), "the mistake is shown on the trip field");
            violations.addAll(Accessibility.violations(browser, "rules page with a mistake"));
            replace("rules:tripSubsidy", "60,50");
            browser.findElement(By.id("rules:save")).click();
            Browser.awaitText(browser, By.cssSelector(".messages"), "Reglerna är sparade och gäller från och med nu.");
            JsonObject saved = DeliveryRulesApiIT.rules(s.arjeplog(), admin);
            assertEquals(6050, saved.getJsonNumber("tripSubsidyOre").longValue());
            assertEquals(1, saved.getInt("tripMaxPerHouseholdPerWeek"));
            assertTrue(saved.getBoolean("tripRequiresApproval"));

            Thread.sleep(Math.max(0, Instant.now().until(start.plusSeconds(1), ChronoUnit.MILLIS)));
            browser.get(gallery + "/municipality/subsidy.xhtml");
            Browser.awaitHeading(browser, "Hemsändningsbidrag");
            browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("reports:month")),
                    YearMonth.from(start.atZone(ZoneId.of("Europe/Stockholm"))).toString());
            browser.findElement(By.cssSelector("input[aria-label='Visa: Fjällboden Lanthandel']")).click();
            Browser.awaitText(browser, By.id("report-heading"), "Fjällboden Lanthandel, "
                    + YearMonth.from(start.atZone(ZoneId.of("Europe/Stockholm"))));
            assertEquals("Inköpsresor", browser.findElement(By.id("trips-heading")).getText());
            assertEquals(List.of("Handlarrunda " + run, "Laisvall", "Pensionär", "1", "60,50 kr", ""),
                    cells(row(approved)));
            assertTrue(row(approved).findElement(By.tagName("th")).getText().startsWith("Test Invånare"),
                    "booked in the browser: the account's name");
            assertEquals(List.of("Handlarrunda " + run, "Laisvall", "–", "1", "0 kr", "Inte beviljat i registret"),
                    cells(row(unknown)));
            assertTrue(browser.findElement(By.id("trip-totals")).getText().startsWith("Hushåll: "),
                    browser.findElement(By.id("trip-totals")).getText());
            assertTrue(browser.findElement(By.id("grand-total")).getText()
                    .startsWith("Summa bidrag, hemsändning och inköpsresor: "));
            violations.addAll(Accessibility.violations(browser, "subsidy page with a report's trips"));

            browser.manage().window().setSize(new Dimension(320, 640));
            long pageWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
            long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
            assertTrue(pageWidth <= viewport, "the report at 320 px: " + pageWidth + " > " + viewport);
            violations.addAll(Accessibility.violations(browser, "subsidy page with a report's trips at 320 px"));
            browser.manage().window().setSize(new Dimension(1024, 800));

            markAnOrganisedTrip(gallery, s, run);
            violations.addAll(Accessibility.violations(browser, "service form"));
            assertEquals(List.of(), Browser.consoleErrors(browser), "no script or CSP errors");
        } finally {
            DeliveryRulesApiIT.restore(s.arjeplog(), admin, before);
        }
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    /** The resident books a seat for the household in Laisvall; a mistake in the postal code is shown on its field. */
    private void bookOnTheServicePage(String gallery, Person resident, long bus, String street, TwoShops s) {
        Browser.signIn(browser, gallery, resident.email(), Accounts.PASSWORD);
        browser.get(gallery + "/service.xhtml?id=" + bus);
        Browser.awaitText(browser, By.tagName("legend"), "Var bor du som reser?");
        replace("slots:street", street);
        replace("slots:postalCode", "930");
        new Select(browser.findElement(By.id("slots:villageId"))).selectByVisibleText("Laisvall");
        browser.findElement(By.cssSelector("#slots input[type=submit]")).click();
        Browser.awaitText(browser, By.cssSelector("#slots .field-error"),
                "Ange postnumret med fem siffror, till exempel 930 90.");
        assertEquals("Ange postnumret med fem siffror, till exempel 930 90.", fieldError("slots:postalCode"));
        replace("slots:postalCode", "930 90");
        browser.findElement(By.cssSelector("#slots input[type=submit]")).click();
        Browser.awaitText(browser, By.cssSelector(".messages"), "Du har bokat en plats.");
        JsonArray mine = (JsonArray) GalleryClient.json(s.arjeplog().send("GET", "/api/v1/bookings", resident.token(),
                null));
        assertTrue(mine.getValuesAs(JsonObject.class).stream().anyMatch(b -> b.getJsonNumber("serviceId").longValue()
                == bus && b.containsKey("household") && b.getJsonObject("household").getString("street").equals(street)
                && b.getJsonObject("household").getString("postalCode").equals("93090")), mine.toString());
    }

    /** The shop's staff tick "Organiserad inköpsresa" on a new service; the API then says it is a trip. */
    private void markAnOrganisedTrip(String gallery, TwoShops s, String run) {
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, gallery, s.fjallbodenStaff().email(), Accounts.PASSWORD);
        browser.get(gallery + "/shop/service.xhtml?shop=" + s.fjallboden());
        Browser.awaitHeading(browser, "Ny tjänst");
        String name = "Utflykt " + run;
        browser.findElement(By.id("service:name")).sendKeys(name);
        new Select(browser.findElement(By.id("service:kind"))).selectByVisibleText("Transport");
        new Select(browser.findElement(By.id("service:booking"))).selectByVisibleText("I bokningsbara tider");
        browser.findElement(By.cssSelector("[id='service:organisedTrip'] .ui-chkbox-box")).click();
        browser.findElement(By.id("service:save")).click();
        Browser.awaitHeading(browser, "Tjänster – Fjällboden Lanthandel");
        assertEquals("Tjänsten ”" + name + "” är sparad.", browser.findElement(By.cssSelector("#messages li")).getText());
        JsonObject service = s.arjeplog().getJson("/api/v1/services?q=" + URLEncoder.encode(name,
                StandardCharsets.UTF_8)).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getString("name").equals(name)).findFirst().orElseThrow();
        assertTrue(service.getBoolean("organisedTrip") && service.getBoolean("shoppingTrip"), service.toString());
    }

    private void replace(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String fieldError(String id) {
        return browser.findElement(By.id(id)).findElement(By.xpath("following-sibling::*[contains(@class,"
                + "'field-error')]")).getText();
    }

    /** The trip line of the household at the street. */
    private WebElement row(String street) {
        return browser.findElements(By.cssSelector("#trips tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().contains(street)).findFirst()
                .orElseThrow(() -> new AssertionError("no trip of " + street + " in: "
                        + browser.findElement(By.id("report")).getText()));
    }

    /** The row's cells but the date and the household: trip, village, basis, seats, subsidy, why not. */
    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().skip(1).map(WebElement::getText)
                .map(t -> t.replace('\u00a0', ' ')).toList();
    }
}
