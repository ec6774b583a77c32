package se.egalleria.ordering.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.egalleria.tenancy.application.VillageSummary;

class AlongTheWayTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
    private static final Map<String, VillageSummary> VILLAGES = Map.of(
            "Arjeplog", village(1, "Arjeplog", "66.0517", "17.8861"),
            "Laisvall", village(2, "Laisvall", "66.0833", "17.1667"),
            "Mellanström", village(3, "Mellanström", "65.9573", "18.3860"),
            "Slagnäs", village(4, "Slagnäs", "65.5800", "18.1700"),
            "Jäckvik", village(5, "Jäckvik", "66.3870", "16.9700"));
    /** Shop 1 (Fjällboden) is in Arjeplog, shop 2 (Slagnäs Livs) in Slagnäs. */
    private static final Map<Long, String> SHOPS = Map.of(1L, "Arjeplog", 2L, "Slagnäs");

    private static VillageSummary village(long id, String name, String latitude, String longitude) {
        return new VillageSummary(id, name, new BigDecimal(latitude), new BigDecimal(longitude), null);
    }

    private static OrderDetail delivery(String number, long shop, LocalDate date, String village) {
        return new OrderDetail(number, "HANDED_TO_CARRIER", shop, "Shop " + shop, Instant.EPOCH, "Kund " + number,
                "", "070-1", "Vägen 1", "93090", village, "", "HOME_DELIVERY", date, null, "INVOICE", "PAID", 0, 0, 0,
                0, List.of(), 1L, "Bussgods", "", Instant.EPOCH, null, false, List.of(), "WEB", null);
    }

    private static List<String> order(List<OrderDetail> deliveries) {
        return AlongTheWay.order(deliveries, d -> VILLAGES.get(SHOPS.get(d.shopId())).metresTo(VILLAGES.get(d.village())))
                .stream().map(d -> d.deliveryDate().getDayOfMonth() + " " + d.village() + " " + d.number()).toList();
    }

    @Test
    void aDaysVillagesComeNearestToTheShopFirstNotByName() {
        // From Arjeplog: Mellanström about 25 km, Laisvall about 33 km, Jäckvik about 56 km.
        assertEquals(List.of("1 Mellanström 3", "1 Laisvall 1", "1 Laisvall 4", "1 Jäckvik 2", "4 Laisvall 5"),
                order(List.of(delivery("1", 1, TUESDAY, "Laisvall"), delivery("2", 1, TUESDAY, "Jäckvik"),
                        delivery("3", 1, TUESDAY, "Mellanström"), delivery("4", 1, TUESDAY, "Laisvall"),
                        delivery("5", 1, FRIDAY, "Laisvall"))));
    }

    @Test
    void aVillageTwoShopsDeliverToCountsFromTheNearerShop() {
        // Slagnäs Livs delivers in Slagnäs itself (0 km), so Slagnäs comes before Mellanström and Laisvall,
        // and the Fjällboden delivery to Slagnäs stays with its village.
        assertEquals(List.of("1 Slagnäs 2", "1 Slagnäs 3", "1 Mellanström 1", "1 Laisvall 4"),
                order(List.of(delivery("1", 1, TUESDAY, "Mellanström"), delivery("2", 2, TUESDAY, "Slagnäs"),
                        delivery("3", 1, TUESDAY, "Slagnäs"), delivery("4", 1, TUESDAY, "Laisvall"))));
    }

    @Test
    void distancesAreGreatCircleMetres() {
        long metres = VILLAGES.get("Arjeplog").metresTo(VILLAGES.get("Mellanström"));
        assertEquals(25, Math.round(metres / 1000.0), metres + " m");
        assertEquals(0, VILLAGES.get("Laisvall").metresTo(VILLAGES.get("Laisvall")));
    }
}
