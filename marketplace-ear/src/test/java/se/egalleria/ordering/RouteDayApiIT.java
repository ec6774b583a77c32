package se.egalleria.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/** One route day of a shop: the inbox filtered by it, and all its delivery notes in one PDF. */
class RouteDayApiIT extends DeployedGallery {

    @Test
    void theRouteDaysNotesHaveEveryOrderOfTheDayAndNoneOfAnotherDayOrShop() throws IOException {
        TwoShops s = TwoShops.in(base);
        HomeDeliveries d = new HomeDeliveries(s);
        List<LocalDate> days = d.routeDates(s.fjallboden());
        String laisvall = d.place(s.fjallboden(), 2, "Laisvall", "Byvägen 3", Accounts.newAddress("day"), days.get(0));
        String mellanstrom = d.place(s.fjallboden(), 2, "Mellanström", "Sjövägen 1", Accounts.newAddress("day"),
                days.get(0));
        String rejected = d.place(s.fjallboden(), 2, "Laisvall", "Byvägen 5", Accounts.newAddress("day"), days.get(0));
        d.move(s.fjallbodenStaff().token(), rejected, "REJECTED", "Slut på ost");
        String nextDay = d.place(s.fjallboden(), 2, "Laisvall", "Byvägen 3", Accounts.newAddress("day"), days.get(1));
        String slagnas = d.place(s.slagnas(), 4, "Mellanström", "Sjövägen 1", Accounts.newAddress("day"), null);
        String path = "/api/v1/shops/" + s.fjallboden() + "/route-days/" + days.get(0) + "/delivery-notes";

        HttpResponse<byte[]> notes = s.arjeplog().downloadBytes(path, s.fjallbodenStaff().token(), "application/pdf",
                "sv");
        assertEquals(200, notes.statusCode());
        assertEquals("application/pdf", notes.headers().firstValue("Content-Type").orElse(""));
        assertTrue(notes.headers().firstValue("Content-Disposition").orElse("")
                .contains("leveranssedlar-" + days.get(0) + ".pdf"), notes.headers().toString());
        String text = text(notes.body());
        for (String number : List.of(laisvall, mellanstrom)) {
            assertTrue(text.contains("Order " + number + "\n"), number + " is on the day's notes");
        }
        for (String number : List.of(rejected, nextDay, slagnas)) {
            assertFalse(text.contains("Order " + number + "\n"), number + " is not");
        }
        assertFalse(text.contains("Slagnäs Livs"), "no other shop's notes");
        assertTrue(text.contains("Leveranssedel"));
        assertTrue(text(s.arjeplog().downloadBytes(path, s.fjallbodenStaff().token(), "application/pdf", "en")
                .body()).contains("Delivery note"), "in the language asked for");

        assertProblem(s.arjeplog().download(path, s.slagnasStaff().token(), "application/pdf"), 403, "forbidden");
        assertProblem(s.arjeplog().download(path, null, "application/pdf"), 401, "not-authenticated");
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").download(path, s.fjallbodenStaff().token(),
                "application/pdf"), 401, "not-authenticated");
        assertProblem(s.arjeplog().download("/api/v1/shops/" + s.fjallboden() + "/route-days/2026-02-30/delivery-notes",
                s.fjallbodenStaff().token(), "application/pdf"), 400, "invalid-input");
    }

    @Test
    void theInboxFiltersByRouteDay() {
        TwoShops s = TwoShops.in(base);
        HomeDeliveries d = new HomeDeliveries(s);
        String staff = s.fjallbodenStaff().token();
        List<LocalDate> days = d.routeDates(s.fjallboden());
        String first = d.place(s.fjallboden(), 2, "Laisvall", "Byvägen 3", Accounts.newAddress("inbox"), days.get(0));
        String second = d.place(s.fjallboden(), 2, "Laisvall", "Byvägen 3", Accounts.newAddress("inbox"), days.get(1));
        String inbox = "/api/v1/shops/" + s.fjallboden() + "/orders?status=NEW&size=100&date=";

        List<JsonObject> ofFirstDay = items(s.arjeplog().send("GET", inbox + days.get(0), staff, null));
        assertTrue(numbers(ofFirstDay).contains(first), "newest first, so on the first page");
        assertFalse(numbers(ofFirstDay).contains(second));
        assertTrue(ofFirstDay.stream().allMatch(o -> o.getString("deliveryDate").equals(days.get(0).toString())),
                "only the day's orders");
        List<JsonObject> ofSecondDay = items(s.arjeplog().send("GET", inbox + days.get(1), staff, null));
        assertTrue(numbers(ofSecondDay).contains(second));
        assertFalse(numbers(ofSecondDay).contains(first));

        assertProblem(s.arjeplog().send("GET", inbox + "fredag", staff, null), 400, "invalid-input");
        assertProblem(s.arjeplog().send("GET", "/api/v1/shops/" + s.fjallboden() + "/orders?date=" + days.get(0),
                s.slagnasStaff().token(), null), 403, "forbidden");
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").send("GET", inbox + days.get(0), staff, null),
                401, "not-authenticated");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<JsonObject> items(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.body());
        return ((JsonObject) GalleryClient.json(page)).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> numbers(List<JsonObject> items) {
        return items.stream().map(o -> o.getString("number")).toList();
    }
}
