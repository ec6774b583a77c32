package se.egalleria.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.egalleria.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
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
