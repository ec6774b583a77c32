package se.egalleria.ordering.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.egalleria.ordering.domain.OrderStatus;
import se.egalleria.shared.mail.OutgoingMail;

class OrderMailsTest {

    private static final String LINK = "https://arjeplog.example/order.xhtml?number=10017&token=abc";

    private static OrderDetail order(String status, String note) {
        return new OrderDetail("10017", status, 7, "Fjällboden Lanthandel", Instant.parse("2026-11-25T08:00:00Z"),
                "Elsa Lindqvist", "elsa@example.se", "070-123 45 67", "Byvägen 3", "93090", "Laisvall", "",
                "HOME_DELIVERY", LocalDate.of(2026, 11, 27), null, "PAY_ON_DELIVERY", "TO_COLLECT", 8170, 2000, 10170,
                876, List.of(), 3L, "Bussgods Arjeplog", note, Instant.parse("2026-11-26T09:00:00Z"), null, false,
                List.of(), "WEB", null);
    }

    @Test
    void everyStepTheResidentHearsAboutHasItsTextsInBothLanguagesWithTheFollowLink() {
        List<OrderStatus> told = Arrays.stream(OrderStatus.values()).filter(OrderMails::tellsAbout).toList();
        assertEquals(List.of(OrderStatus.ACCEPTED, OrderStatus.REJECTED, OrderStatus.HANDED_TO_CARRIER,
                OrderStatus.DELIVERED, OrderStatus.DELIVERY_FAILED, OrderStatus.READY_FOR_PICKUP), told);
        for (OrderStatus status : told) {
            for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
                OutgoingMail mail = OrderMails.statusChange(order(status.name(), "Ingen hemma"), "Arjeplog", LINK,
                        locale);
                String all = mail.subject() + "\n" + mail.body();
                assertEquals("elsa@example.se", mail.to());
                assertTrue(mail.subject().contains("10017") && mail.subject().contains("Fjällboden Lanthandel"), all);
                assertTrue(mail.body().startsWith(locale.getLanguage().equals("en") ? "Hello Elsa Lindqvist!"
                        : "Hej Elsa Lindqvist!"), all);
                assertTrue(mail.body().contains(LINK), "the follow link: " + all);
                assertFalse(all.contains("{") || all.contains("}"), "every placeholder filled: " + all);
            }
        }
    }

    @Test
    void theStepsSaySomethingOfTheirOwn() {
        Locale sv = Locale.forLanguageTag("sv");
        assertTrue(OrderMails.statusChange(order("ACCEPTED", ""), "Arjeplog", LINK, sv).subject()
                .contains("accepterad"));
        OutgoingMail onItsWay = OrderMails.statusChange(order("HANDED_TO_CARRIER", ""), "Arjeplog", LINK, sv);
        assertTrue(onItsWay.subject().contains("på väg"), onItsWay.subject());
        assertTrue(onItsWay.body().contains("lämnad till Bussgods Arjeplog och körs ut fredag 27 november"),
                onItsWay.body());
        OutgoingMail delivered = OrderMails.statusChange(order("DELIVERED", "Lämnat i farstun"), "Arjeplog", LINK,
                Locale.ENGLISH);
        assertTrue(delivered.body().contains("The carrier's note: Lämnat i farstun"), delivered.body());
        assertFalse(OrderMails.statusChange(order("DELIVERED", ""), "Arjeplog", LINK, sv).body()
                .contains("anteckning"), "no empty note line");
        OutgoingMail rejected = OrderMails.statusChange(order("REJECTED", "Osten tog slut"), "Arjeplog", LINK,
                Locale.ENGLISH);
        assertTrue(rejected.body().contains("The shop's explanation: Osten tog slut"), rejected.body());
    }
}
