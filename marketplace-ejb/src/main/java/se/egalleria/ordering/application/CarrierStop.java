package se.egalleria.ordering.application;

import java.time.LocalDate;

/** One delivery on a carrier's list: where, to whom, what to collect, whether it needs a cooler bag. */
public record CarrierStop(String number, String status, LocalDate date, String village, String shopName,
                          String customerName, String phone, String street, String postalCode, String instructions,
                          long toCollectOre, boolean coolerBag) {

    public static CarrierStop of(OrderDetail o) {
        return new CarrierStop(o.number(), o.status(), o.deliveryDate(), o.village(), o.shopName(), o.customerName(),
                o.phone(), o.street(), o.postalCode(), o.instructions(), o.toCollectOre(), o.needsCoolerBag());
    }
}
