package se.egalleria.ordering.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.egalleria.ordering.domain.Delivery;
import se.egalleria.ordering.domain.DeliveryMethod;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shop.application.DeliveryTerms;

/**
 * Decides whether a shop can deliver the way the resident chose, and when: home delivery only to
 * the villages the shop serves, on one of its coming route days, from its minimum order, for the
 * municipality's fee; pickup in the shop; or pickup at another shop that is a service point.
 */
final class DeliveryRules {

    private DeliveryRules() {
    }

    static Delivery decide(DeliveryTerms terms, CheckoutRequest.ShopChoice choice, long villageId, String villageName,
                           long itemsTotalOre, long feeOre, Set<Long> servicePointIds, LocalDate today) {
        String field = "shops." + terms.shopId() + ".delivery";
        DeliveryMethod method = choice.delivery() == null || choice.delivery().isBlank() ? null
                : Inputs.oneOf(DeliveryMethod.class, field, choice.delivery());
        if (method == null) {
            throw new InvalidInputException(field, "error.checkout.deliveryMissing", terms.shopName());
        }
        return switch (method) {
            case HOME_DELIVERY -> homeDelivery(terms, choice, villageId, villageName, itemsTotalOre, feeOre, today,
                    field);
            case SHOP_PICKUP -> {
                if (!terms.shopPickup()) {
                    throw new InvalidInputException(field, "error.checkout.noPickup", terms.shopName());
                }
                yield new Delivery(DeliveryMethod.SHOP_PICKUP, null, null, 0);
            }
            case SERVICE_POINT_PICKUP -> {
                Long point = choice.servicePointId();
                if (point == null || point == terms.shopId() || !servicePointIds.contains(point)) {
                    throw new InvalidInputException("shops." + terms.shopId() + ".servicePoint",
                            "error.checkout.servicePoint");
                }
                yield new Delivery(DeliveryMethod.SERVICE_POINT_PICKUP, null, point, 0);
            }
        };
    }

    private static Delivery homeDelivery(DeliveryTerms terms, CheckoutRequest.ShopChoice choice, long villageId,
                                         String villageName, long itemsTotalOre, long feeOre, LocalDate today,
                                         String field) {
        if (!terms.homeDelivery()) {
            throw new InvalidInputException(field, "error.checkout.noHomeDelivery", terms.shopName());
        }
        if (!terms.delivers(villageId)) {
            throw new InvalidInputException(field, "error.checkout.villageNotServed", terms.shopName(), villageName);
        }
        if (itemsTotalOre < terms.minimumOrderOre()) {
            throw new InvalidInputException(field, "error.checkout.belowMinimum", terms.shopName(),
                    OrderMails.kronor(terms.minimumOrderOre()));
        }
        List<LocalDate> dates = RouteDates.next(terms.routeDays(), today, RouteDates.CHOICES);
        if (dates.isEmpty()) {
            throw new InvalidInputException(field, "error.checkout.noRouteDay", terms.shopName());
        }
        LocalDate date = choice.date() == null ? dates.get(0) : choice.date();
        if (!dates.contains(date)) {
            throw new InvalidInputException("shops." + terms.shopId() + ".date", "error.checkout.notRouteDay",
                    terms.shopName());
        }
        return new Delivery(DeliveryMethod.HOME_DELIVERY, date, null, feeOre);
    }
}
