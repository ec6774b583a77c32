package se.egalleria.delivery.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.egalleria.account.application.Access;
import se.egalleria.ordering.application.OrderDetail;
import se.egalleria.ordering.application.Orders;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.shop.application.ShopSummary;

/** Delivery notes as PDF for the shop's staff: one order, or every home delivery of a route day. */
@Stateless
public class DeliveryNotes {

    @Inject
    private Orders orders;

    @Inject
    private ShopDirectory shops;

    @Inject
    private Access access;

    public byte[] forOrder(String number, Locale locale) {
        OrderDetail order = orders.get(number, null);
        access.requireShopManager(order.shopId());
        return render(List.of(order), locale);
    }

    public byte[] forRouteDay(long shopId, LocalDate date, Locale locale) {
        if (date == null) {
            throw new InvalidInputException("date", "error.input.required");
        }
        return render(orders.routeDay(shopId, date), locale);
    }

    private byte[] render(List<OrderDetail> notes, Locale locale) {
        Map<Long, ShopSummary> byId = notes.stream().map(OrderDetail::shopId).distinct().map(shops::get)
                .collect(Collectors.toMap(ShopSummary::id, Function.identity()));
        return new DeliveryNotePdf(locale).render(notes, byId);
    }
}
