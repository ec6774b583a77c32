package se.egalleria.ordering.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.egalleria.ordering.domain.Delivery;
import se.egalleria.ordering.domain.DeliveryMethod;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shop.application.DeliveryTerms;

class DeliveryRulesTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final long LAISVALL = 2;
    private static final long SLAGNAS = 4;
    private static final DeliveryTerms FJALLBODEN = new DeliveryTerms(7, "Fjällboden", true, Set.of(1L, LAISVALL),
            Set.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), 20000, true, true);
    private static final DeliveryTerms NO_ROUTE = new DeliveryTerms(8, "Slagnäs Livs", false, Set.of(), Set.of(), 0,
            true, false);

    private static Delivery decide(DeliveryTerms terms, String method, LocalDate date, Long point, long village,
                                   long total) {
        return DeliveryRules.decide(terms, new CheckoutRequest.ShopChoice(terms.shopId(), method, date, point),
                village, "Byn", total, 2000, Set.of(7L, 9L), TUESDAY);
    }

    private static String refusal(DeliveryTerms terms, String method, LocalDate date, Long point, long village,
                                  long total) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> decide(terms, method, date, point, village, total));
        return e.field() + ": " + e.messageKey();
    }

    @Test
    void homeDeliveryGoesOnTheNextRouteDayForTheMunicipalitysFee() {
        assertEquals(new Delivery(DeliveryMethod.HOME_DELIVERY, LocalDate.of(2026, 11, 27), null, 2000),
                decide(FJALLBODEN, "HOME_DELIVERY", null, null, LAISVALL, 20000));
        assertEquals(new Delivery(DeliveryMethod.HOME_DELIVERY, LocalDate.of(2026, 12, 1), null, 2000),
                decide(FJALLBODEN, "home_delivery", LocalDate.of(2026, 12, 1), null, LAISVALL, 25000));
    }

    @Test
    void homeDeliveryIsRefusedWithAReason() {
        assertEquals("shops.7.delivery: error.checkout.villageNotServed",
                refusal(FJALLBODEN, "HOME_DELIVERY", null, null, SLAGNAS, 50000));
        assertEquals("shops.7.delivery: error.checkout.belowMinimum",
                refusal(FJALLBODEN, "HOME_DELIVERY", null, null, LAISVALL, 19999));
        assertEquals("shops.7.date: error.checkout.notRouteDay",
                refusal(FJALLBODEN, "HOME_DELIVERY", LocalDate.of(2026, 11, 25), null, LAISVALL, 20000));
        assertEquals("shops.7.date: error.checkout.notRouteDay",
                refusal(FJALLBODEN, "HOME_DELIVERY", TUESDAY, null, LAISVALL, 20000), "today's route has left");
        assertEquals("shops.8.delivery: error.checkout.noHomeDelivery",
                refusal(NO_ROUTE, "HOME_DELIVERY", null, null, SLAGNAS, 20000));
    }

    @Test
    void pickupInTheShopOrAtAnotherShopThatIsAServicePoint() {
        assertEquals(new Delivery(DeliveryMethod.SHOP_PICKUP, null, null, 0),
                decide(NO_ROUTE, "SHOP_PICKUP", null, null, SLAGNAS, 100));
        assertEquals(new Delivery(DeliveryMethod.SERVICE_POINT_PICKUP, null, 7L, 0),
                decide(NO_ROUTE, "SERVICE_POINT_PICKUP", null, 7L, SLAGNAS, 100));
        assertEquals("shops.8.servicePoint: error.checkout.servicePoint",
                refusal(NO_ROUTE, "SERVICE_POINT_PICKUP", null, 3L, SLAGNAS, 100));
        assertEquals("shops.7.servicePoint: error.checkout.servicePoint",
                refusal(FJALLBODEN, "SERVICE_POINT_PICKUP", null, 7L, SLAGNAS, 100), "itself: that is shop pickup");
    }

    @Test
    void aMissingOrUnknownChoiceNamesTheShop() {
        assertEquals("shops.7.delivery: error.checkout.deliveryMissing",
                refusal(FJALLBODEN, "", null, null, LAISVALL, 100));
        assertEquals("shops.7.delivery: error.input.oneOf", refusal(FJALLBODEN, "DRONE", null, null, LAISVALL, 100));
    }
}
