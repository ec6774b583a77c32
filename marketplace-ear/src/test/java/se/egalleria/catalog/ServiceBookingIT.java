package se.egalleria.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.egalleria.testsupport.Accounts;
import se.egalleria.testsupport.Accounts.Person;
import se.egalleria.testsupport.DeployedGallery;
import se.egalleria.testsupport.GalleryClient;

/** Services with bookable slots: the shopping bus on Friday, 8 seats, never more bookings than seats. */
class ServiceBookingIT extends DeployedGallery {

    @Test
    void residentsBookSeatsUntilTheSlotIsFull() {
        Setup s = setup(2);
        Person first = s.accounts.resident("arjeplog");
        Person second = s.accounts.resident("arjeplog");

        HttpResponse<String> booked = book(s, first, 1);
        assertEquals(201, booked.statusCode(), booked.body());
        assertProblem(book(s, second, 2), 409, "conflict");
        assertEquals(201, book(s, second, 1).statusCode());
        assertProblem(book(s, second, 1), 409, "conflict");
        assertProblem(book(s, null, 1), 401, "not-authenticated");

        JsonObject slot = ((JsonArray) GalleryClient.json(s.arjeplog.get("/api/v1/services/" + s.serviceId + "/slots")))
                .getJsonObject(0);
        assertEquals(2, slot.getInt("booked"));
        assertEquals(0, slot.getInt("seatsLeft"));
    }

    @Test
    void manyPeopleBookingTheLastSeatAtOnceGiveOneBooking() throws Exception {
        Setup s = setup(1);
        List<Person> residents = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            residents.add(s.accounts.resident("arjeplog"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(residents.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> outcomes = new ArrayList<>();
        for (Person resident : residents) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return book(s, resident, 1).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> outcome : outcomes) {
            statuses.add(outcome.get());
        }
        pool.shutdown();

        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(residents.size() - 1, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        JsonObject slot = ((JsonArray) GalleryClient.json(s.arjeplog.get("/api/v1/services/" + s.serviceId + "/slots")))
                .getJsonObject(0);
        assertEquals(1, slot.getInt("booked"));
    }

    @Test
    void servicesBelongToTheirGalleryAndShop() {
        Setup s = setup(3);
        Person otherStaff = s.accounts.shopStaff("arjeplog", s.admin,
                ProductApiIT.shopId(s.arjeplog, "Laisvalls Handel"));

        assertEquals("Handlarrunda " + s.run, s.arjeplog.getJson("/api/v1/services/" + s.serviceId).getString("name"));
        assertEquals(true, s.arjeplog.getJson("/api/v1/services/" + s.serviceId).getBoolean("free"));
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").get("/api/v1/services/" + s.serviceId), 404,
                "not-found");
        assertProblem(s.arjeplog.post("/api/v1/services/" + s.serviceId + "/slots", otherStaff.token(),
                Json.createObjectBuilder().add("startsAt", nextWeek()).add("capacity", 4).build()), 403, "forbidden");
        assertProblem(s.arjeplog.post("/api/v1/services/" + s.serviceId + "/slots", s.staff.token(),
                Json.createObjectBuilder().add("startsAt", "fredag kl 10").add("capacity", 4).build()), 400,
                "invalid-input");
        assertProblem(s.arjeplog.post("/api/v1/shops/" + s.shopId + "/services", s.staff.token(),
                Json.createObjectBuilder().add("name", "Tvätt").add("kind", "LAUNDRY").add("booking", "PHONE").build()),
                400, "invalid-input");
    }

    @Test
    void staffAddAWeeklySeriesInOneCall() {
        Setup s = setup(3);
        HttpResponse<String> service = s.arjeplog.post("/api/v1/shops/" + s.shopId + "/services", s.staff.token(),
                Json.createObjectBuilder().add("name", "Tvättstuga " + s.run).add("description", "").add("kind", "LAUNDRY")
                        .add("booking", "SLOTS").build());
        long serviceId = ((JsonObject) GalleryClient.json(service)).getJsonNumber("id").longValue();
        String path = "/api/v1/services/" + serviceId + "/slots/weekly";
        HttpResponse<String> added = s.arjeplog.post(path, s.staff.token(), weekly("FRIDAY", "10:00", 8, 4));
        assertEquals(201, added.statusCode(), added.body());

        List<ZonedDateTime> starts = ((JsonArray) GalleryClient.json(added)).getValuesAs(JsonObject.class).stream()
                .map(slot -> Instant.parse(slot.getString("startsAt")).atZone(ZoneId.of("Europe/Stockholm"))).toList();
        assertEquals(4, starts.size());
        for (ZonedDateTime start : starts) {
            assertEquals(DayOfWeek.FRIDAY, start.getDayOfWeek(), starts.toString());
            assertEquals(LocalTime.of(10, 0), start.toLocalTime(), "10:00 Swedish time, summer or winter");
            assertTrue(start.toInstant().isAfter(Instant.now()));
        }
        assertTrue(starts.get(0).toInstant().isBefore(Instant.now().plus(Duration.ofDays(8))), "the next Friday first");
        for (int i = 1; i < starts.size(); i++) {
            assertEquals(starts.get(i - 1).toLocalDate().plusWeeks(1), starts.get(i).toLocalDate());
        }
        assertEquals(8, ((JsonArray) GalleryClient.json(added)).getJsonObject(0).getInt("capacity"));

        HttpResponse<String> again = s.arjeplog.post(path, s.staff.token(), weekly("friday", "10:00", 8, 5));
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(1, ((JsonArray) GalleryClient.json(again)).size(), "only the fifth week is new");
        assertEquals(starts.get(3).toLocalDate().plusWeeks(1), Instant.parse(((JsonArray) GalleryClient.json(again))
                .getJsonObject(0).getString("startsAt")).atZone(ZoneId.of("Europe/Stockholm")).toLocalDate());
        assertEquals(5, ((JsonArray) GalleryClient.json(s.arjeplog.get("/api/v1/services/" + serviceId + "/slots")))
                .size(), "five Fridays, none twice");

        assertField(s.arjeplog.post(path, s.staff.token(), weekly("FRIDAY", "10:00", 8, 53)), "weeks");
        assertField(s.arjeplog.post(path, s.staff.token(), weekly("FRIDAY", "25:00", 8, 4)), "time");
        assertField(s.arjeplog.post(path, s.staff.token(), weekly("fredag", "10:00", 8, 4)), "weekday");
        assertField(s.arjeplog.post(path, s.staff.token(), weekly("FRIDAY", "10:00", 0, 4)), "capacity");
        assertField(s.arjeplog.post(path, s.staff.token(), Json.createObjectBuilder().add("weekday", "FRIDAY")
                .add("time", "10:00").add("capacity", 8).add("weeks", 2).add("from", "2020-01-03").build()), "from");
        assertProblem(s.arjeplog.post(path, staffOfAnotherShop(s).token(), weekly("FRIDAY", "10:00", 8, 4)), 403,
                "forbidden");
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").post(path, harjedalenStaff(s).token(),
                weekly("FRIDAY", "10:00", 8, 4)), 404, "not-found");
    }

    @Test
    void slotsInThePastAreRefusedAndBookedSeatsCannotBeTakenAway() {
        Setup s = setup(2);
        assertField(s.arjeplog.post("/api/v1/services/" + s.serviceId + "/slots", s.staff.token(),
                Json.createObjectBuilder().add("startsAt", Instant.now().minus(1, ChronoUnit.HOURS).toString())
                        .add("capacity", 4).build()), "startsAt");
        assertEquals(201, book(s, s.accounts.resident("arjeplog"), 2).statusCode());

        JsonObject refused = assertProblem(s.arjeplog.send("PUT", "/api/v1/slots/" + s.slotId, s.staff.token(),
                Json.createObjectBuilder().add("capacity", 1).build()), 409, "conflict");
        assertEquals("Tiden har redan 2 bokade platser. Färre platser än så går inte.", refused.getString("detail"));
        assertProblem(s.arjeplog.send("DELETE", "/api/v1/slots/" + s.slotId, s.staff.token(), null), 409, "conflict");
        assertProblem(s.arjeplog.send("PUT", "/api/v1/slots/" + s.slotId, staffOfAnotherShop(s).token(),
                Json.createObjectBuilder().add("capacity", 5).build()), 403, "forbidden");
        assertProblem(GalleryClient.forMunicipality(base, "harjedalen").send("PUT", "/api/v1/slots/" + s.slotId,
                harjedalenStaff(s).token(), Json.createObjectBuilder().add("capacity", 5).build()), 404, "not-found");

        HttpResponse<String> grown = s.arjeplog.send("PUT", "/api/v1/slots/" + s.slotId, s.staff.token(),
                Json.createObjectBuilder().add("capacity", 3).build());
        assertEquals(200, grown.statusCode(), grown.body());
        assertEquals(1, ((JsonObject) GalleryClient.json(grown)).getInt("seatsLeft"));
        HttpResponse<String> exactly = s.arjeplog.send("PUT", "/api/v1/slots/" + s.slotId, s.staff.token(),
                Json.createObjectBuilder().add("capacity", 2).build());
        assertEquals(0, ((JsonObject) GalleryClient.json(exactly)).getInt("seatsLeft"), exactly.body());

        HttpResponse<String> spare = s.arjeplog.post("/api/v1/services/" + s.serviceId + "/slots", s.staff.token(),
                Json.createObjectBuilder().add("startsAt", Instant.now().plus(9, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.HOURS).toString()).add("capacity", 4).build());
        long spareId = ((JsonObject) GalleryClient.json(spare)).getJsonNumber("id").longValue();
        assertEquals(204, s.arjeplog.send("DELETE", "/api/v1/slots/" + spareId, s.staff.token(), null).statusCode());
        assertProblem(s.arjeplog.send("DELETE", "/api/v1/slots/" + spareId, s.staff.token(), null), 404, "not-found");
    }

    @Test
    void residentsCancelTheirOwnBookingsOnly() {
        Setup s = setup(1);
        Person booker = s.accounts.resident("arjeplog");
        Person other = s.accounts.resident("arjeplog");
        HttpResponse<String> booked = book(s, booker, 1);
        assertEquals(201, booked.statusCode(), booked.body());
        long bookingId = ((JsonObject) GalleryClient.json(booked)).getJsonNumber("id").longValue();
        assertProblem(book(s, other, 1), 409, "conflict");

        JsonArray mine = (JsonArray) GalleryClient.json(s.arjeplog.send("GET", "/api/v1/bookings", booker.token(), null));
        assertEquals(bookingId, mine.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("Handlarrunda " + s.run, mine.getJsonObject(0).getString("serviceName"));
        assertEquals(0, ((JsonArray) GalleryClient.json(s.arjeplog.send("GET", "/api/v1/bookings", other.token(), null)))
                .size());
        JsonArray downloaded = ((JsonObject) GalleryClient.json(s.arjeplog.send("GET", "/api/v1/me/data",
                booker.token(), null))).getJsonObject("kept").getJsonArray("serviceBookings");
        assertEquals(1, downloaded.size(), "the booking is in the download of the booker's data");
        assertEquals(bookingId, downloaded.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(0, ((JsonObject) GalleryClient.json(s.arjeplog.send("GET", "/api/v1/me/data", other.token(),
                null))).getJsonObject("kept").getJsonArray("serviceBookings").size());

        assertProblem(cancel(s.arjeplog, other, bookingId), 404, "not-found");
        assertProblem(cancel(s.arjeplog, s.staff, bookingId), 404, "not-found");
        assertProblem(cancel(s.arjeplog, null, bookingId), 401, "not-authenticated");
        assertProblem(cancel(GalleryClient.forMunicipality(base, "harjedalen"), booker, bookingId), 401,
                "not-authenticated");
        Person harjedalenResident = s.accounts.resident("harjedalen");
        assertProblem(cancel(GalleryClient.forMunicipality(base, "harjedalen"), harjedalenResident, bookingId), 404,
                "not-found");
        assertEquals(1, slot(s).getInt("booked"), "still booked");

        assertEquals(204, cancel(s.arjeplog, booker, bookingId).statusCode());
        assertEquals(0, slot(s).getInt("booked"), "the seat is free again");
        assertProblem(cancel(s.arjeplog, booker, bookingId), 404, "not-found");
        assertEquals(201, book(s, other, 1).statusCode(), "someone else takes the freed seat");
        assertEquals(1, slot(s).getInt("booked"));
    }

    private static HttpResponse<String> cancel(GalleryClient gallery, Person who, long bookingId) {
        return gallery.send("DELETE", "/api/v1/bookings/" + bookingId, who == null ? null : who.token(), null);
    }

    private static JsonObject slot(Setup s) {
        return ((JsonArray) GalleryClient.json(s.arjeplog.get("/api/v1/services/" + s.serviceId + "/slots")))
                .getJsonObject(0);
    }

    private static JsonObject weekly(String weekday, String time, int capacity, int weeks) {
        return Json.createObjectBuilder().add("weekday", weekday).add("time", time).add("capacity", capacity)
                .add("weeks", weeks).build();
    }

    private static void assertField(HttpResponse<String> response, String field) {
        JsonObject problem = assertProblem(response, 400, "invalid-input");
        assertEquals(field, problem.getJsonArray("violations").getJsonObject(0).getString("field"), response.body());
    }

    private HttpResponse<String> book(Setup s, Person who, int seats) {
        return s.arjeplog.post("/api/v1/slots/" + s.slotId + "/bookings", who == null ? null : who.token(),
                Json.createObjectBuilder().add("seats", seats).build());
    }

    private static String nextWeek() {
        return Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();
    }

    private record Setup(Accounts accounts, GalleryClient arjeplog, Person admin, Person staff, long shopId,
                         long serviceId, long slotId, String run) {
    }

    private static Person staffOfAnotherShop(Setup s) {
        return s.accounts.shopStaff("arjeplog", s.admin, ProductApiIT.shopId(s.arjeplog, "Laisvalls Handel"));
    }

    private Person harjedalenStaff(Setup s) {
        return s.accounts.shopStaff("harjedalen", s.accounts.administrator("harjedalen"),
                ProductApiIT.shopId(GalleryClient.forMunicipality(base, "harjedalen"), "Svegs Livs"));
    }

    private Setup setup(int seats) {
        Accounts accounts = new Accounts(base);
        GalleryClient arjeplog = GalleryClient.forMunicipality(base, "arjeplog");
        long shop = ProductApiIT.shopId(arjeplog, "Fjällboden Lanthandel");
        Person admin = accounts.administrator("arjeplog");
        Person staff = accounts.shopStaff("arjeplog", admin, shop);
        String run = "k" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        HttpResponse<String> service = arjeplog.post("/api/v1/shops/" + shop + "/services", staff.token(),
                Json.createObjectBuilder().add("name", "Handlarrunda " + run)
                        .add("description", "Fri skjuts till butiken varje fredag").add("kind", "SHOPPING_BUS")
                        .add("booking", "SLOTS").build());
        assertEquals(201, service.statusCode(), service.body());
        long serviceId = ((JsonObject) GalleryClient.json(service)).getJsonNumber("id").longValue();
        HttpResponse<String> slot = arjeplog.post("/api/v1/services/" + serviceId + "/slots", staff.token(),
                Json.createObjectBuilder().add("startsAt", nextWeek()).add("capacity", seats).build());
        assertEquals(201, slot.statusCode(), slot.body());
        return new Setup(accounts, arjeplog, admin, staff, shop, serviceId,
                ((JsonObject) GalleryClient.json(slot)).getJsonNumber("id").longValue(), run);
    }
}
