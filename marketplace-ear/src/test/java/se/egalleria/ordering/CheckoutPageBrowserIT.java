package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.Browser;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.MailCatcher;
import se.egalleria.testsupport.Shopping;

/**
 * The checkout page and what follows it in a real Chromium: the delivery rules' messages on their
 * fields, a form sent twice, the e-mail's link, "Beställ samma igen" and "Mina beställningar".
 */
class CheckoutPageBrowserIT extends DeployedGallery {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void deliveryRulesShowTheirMessageOnTheFieldAndNothingIsOrdered() {
        TwoShops shops = TwoShops.in(base);
        browser = Browser.start(1024, 900);
        addOnProductPage(shops.cheese(), 2);
        browser.get(gallery() + "/checkout.xhtml");
        Browser.awaitHeading(browser, "Kassa");
        fillContact(Accounts.newAddress("rules"), "Slagnäs");
        chooseHomeDelivery("Fjällboden Lanthandel");
        browser.findElement(By.id("checkout:place")).click();

        Browser.awaitText(browser, By.id("checkout:shops:0:delivery-error"),
                "Fjällboden Lanthandel kör inte hem till Slagnäs. Välj avhämtning i stället.");

        // A page left open while the coming route days moved on: the day sent is no longer one of them.
        new Select(browser.findElement(By.id("checkout:villageId"))).selectByVisibleText("Laisvall");
        String wednesday = LocalDate.now(ZoneId.of("Europe/Stockholm")).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY))
                .toString();
        browser.executeScript("var day = document.getElementById('checkout:shops:0:date');"
                + "day.options[day.selectedIndex].value = arguments[0];", wednesday);
        browser.findElement(By.id("checkout:place")).click();

        Browser.awaitText(browser, By.id("checkout:shops:0:date-error"), "Välj en av turdagarna för Fjällboden Lanthandel.");
        assertEquals("", browser.findElement(By.id("checkout:shops:0:delivery-error")).getText());
        assertEquals("Kassa", browser.findElement(By.tagName("h1")).getText());
        assertEquals("2", browser.findElement(By.id("basket-count")).getText(), "the basket is kept");
        assertEquals(10, shops.arjeplog().getJson("/api/v1/products/" + shops.cheese()).getInt("stock"),
                "nothing was ordered");
    }

    @Test
    void theSameCheckoutFormSentTwicePlacesOneSetOfOrders() throws Exception {
        TwoShops shops = TwoShops.in(base);
        browser = Browser.start(1024, 900);
        addOnProductPage(shops.cheese(), 2);
        browser.get(gallery() + "/checkout.xhtml");
        Browser.awaitHeading(browser, "Kassa");
        fillContact(Accounts.newAddress("twice"), "Laisvall");
        chooseHomeDelivery("Fjällboden Lanthandel");
        // What the browser will send: every field of the form, its view state and the button.
        @SuppressWarnings("unchecked")
        List<List<String>> fields = (List<List<String>>) browser.executeScript(
                "return Array.from(new FormData(document.getElementById('checkout'))).map(f => [f[0], String(f[1])]);");
        String action = browser.findElement(By.id("checkout")).getAttribute("action");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();

        browser.findElement(By.id("checkout:place")).click();
        Browser.awaitHeading(browser, "Tack för din beställning!");
        String confirmation = browser.getCurrentUrl();
        String number = browser.findElement(By.cssSelector(".order-number")).getText();

        HttpResponse<String> again = post(action, session, fields);
        assertEquals(302, again.statusCode(), again.body());
        String location = again.headers().firstValue("Location").orElse("");
        assertEquals(query(confirmation), query(location), "the same confirmation, not a new checkout");
        browser.get(location.startsWith("http") ? location : gallery() + location);
        Browser.awaitHeading(browser, "Tack för din beställning!");
        assertEquals(List.of(number), browser.findElements(By.cssSelector(".order-number")).stream()
                .map(WebElement::getText).toList());
        assertEquals(8, shops.arjeplog().getJson("/api/v1/products/" + shops.cheese()).getInt("stock"),
                "two of ten taken, once");
    }

    @Test
    void theEmailsLinkOpensTheOrderAndOrderAgainFillsTheBasket() {
        TwoShops shops = TwoShops.in(base);
        String email = Accounts.newAddress("again");
        String basket = shops.shopping().basket();
        shops.shopping().addOk(basket, shops.cheese(), 3);
        HttpResponse<String> placed = shops.shopping().checkout(basket, null, shops.shopping().contact(email,
                shops.laisvall(), Json.createArrayBuilder().add(Shopping.choice(shops.fjallboden(), "HOME_DELIVERY")))
                .build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = CheckoutApiIT.orders(placed).get(0).getString("number");
        browser = Browser.start(1024, 900);

        String link = MailCatcher.awaitMailTo(email).link();
        assertTrue(link.startsWith(gallery() + "/order.xhtml?number=" + number + "&token="), link);
        browser.get(link);
        Browser.awaitHeading(browser, "Din beställning");
        assertEquals(number, browser.findElement(By.cssSelector(".order-number")).getText());
        assertTrue(browser.findElement(By.cssSelector(".order-delivery")).getText().contains("Laisvall"));
        assertTrue(browser.findElements(By.id("basket-count")).isEmpty(), "a new visitor's basket is empty");

        browser.findElement(By.id("again:submit")).click();
        Browser.awaitHeading(browser, "Varukorg");
        assertEquals("3", browser.findElement(By.id("basket-count")).getText());
        String cheese = shops.arjeplog().getJson("/api/v1/products/" + shops.cheese()).getString("name");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(cheese),
                browser.findElement(By.tagName("main")).getText());
        assertTrue(browser.getPageSource().contains("Varorna ligger i varukorgen med dagens priser."));
    }

    @Test
    void myOrdersListsTheResidentsOrderWithItsStatus() {
        TwoShops shops = TwoShops.in(base);
        Person resident = new Accounts(base).resident("arjeplog");
        String basket = shops.shopping().basket();
        shops.shopping().addOk(basket, shops.bread(), 2);
        HttpResponse<String> placed = shops.shopping().checkout(basket, resident.token(), shops.shopping().contact(
                resident.email(), shops.laisvall(), Json.createArrayBuilder()
                        .add(Shopping.choice(shops.slagnas(), "SHOP_PICKUP"))).build(), Shopping.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = CheckoutApiIT.orders(placed).get(0).getString("number");
        HttpResponse<String> accepted = shops.arjeplog().post("/api/v1/orders/" + number + "/status",
                shops.slagnasStaff().token(), Json.createObjectBuilder().add("status", "ACCEPTED").add("note", "")
                        .build());
        assertEquals(200, accepted.statusCode(), accepted.body());
        browser = Browser.start(1024, 900);

        Browser.signIn(browser, gallery(), resident.email(), Accounts.PASSWORD);
        browser.get(gallery() + "/account/orders.xhtml");
        Browser.awaitHeading(browser, "Mina beställningar");
        List<WebElement> rows = browser.findElements(By.cssSelector("table tbody tr"));
        assertEquals(1, rows.size());
        List<String> cells = rows.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertEquals(number, cells.get(0));
        assertEquals("Slagnäs Livs & Bensin", cells.get(2));
        assertEquals("Accepterad av butiken", cells.get(3));
        assertEquals("99,80 kr", cells.get(4).replace('\u00a0', ' '));

        rows.get(0).findElement(By.linkText(number)).click();
        Browser.awaitHeading(browser, "Din beställning");
        assertEquals(number, browser.findElement(By.cssSelector(".order-number")).getText());
    }

    private void addOnProductPage(long productId, int quantity) {
        browser.get(gallery() + "/product-page.xhtml?id=" + productId);
        browser.findElement(By.id("add:quantity")).clear();
        browser.findElement(By.id("add:quantity")).sendKeys(String.valueOf(quantity));
        browser.findElement(By.id("add:submit")).click();
        Browser.awaitText(browser, By.id("basket-count"), String.valueOf(quantity));
    }

    private void fillContact(String email, String village) {
        browser.findElement(By.id("checkout:name")).sendKeys("Elsa Lindqvist");
        browser.findElement(By.id("checkout:email")).sendKeys(email);
        browser.findElement(By.id("checkout:phone")).sendKeys("070-123 45 67");
        browser.findElement(By.id("checkout:street")).sendKeys("Byvägen 3");
        browser.findElement(By.id("checkout:postalCode")).sendKeys("93090");
        new Select(browser.findElement(By.id("checkout:villageId"))).selectByVisibleText(village);
    }

    private void chooseHomeDelivery(String shop) {
        WebElement part = browser.findElement(By.xpath("//fieldset[legend[contains(., '" + shop + "')]]"));
        part.findElement(By.xpath(".//label[starts-with(normalize-space(.), 'Hemsändning')]")).click();
    }

    /** The form sent once more, as a browser's resubmission would (same session, same view state). */
    private HttpResponse<String> post(String action, String session, List<List<String>> fields) throws Exception {
        String form = fields.stream().map(f -> encode(f.get(0)) + "=" + encode(f.get(1)))
                .collect(Collectors.joining("&")) + "&" + encode("checkout:place") + "=" + encode("Skicka beställningen");
        URI target = URI.create(action.startsWith("http") ? action : gallery() + action);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + base.getPort()
                        + target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())))
                .header("Host", target.getHost() + ":" + target.getPort())
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", gallery())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String query(String url) {
        return URI.create(url).getRawQuery();
    }

    private String gallery() {
        return "http://arjeplog.localhost:" + base.getPort();
    }
}
