package se.egalleria.catalog.application;

import se.egalleria.catalog.domain.BookingMode;
import se.egalleria.catalog.domain.ServiceDetails;
import se.egalleria.catalog.domain.ServiceKind;
import se.egalleria.catalog.domain.VatRate;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.Inputs;

/** Checks what a shop sends about a service. */
final class ServiceRules {

    private ServiceRules() {
    }

    static ServiceDetails check(ServiceInput input) {
        ServiceInput in = input == null ? new ServiceInput(null, null, null, null, null, null, null, null, null, null, null) : input;
        ServiceKind kind = Inputs.oneOf(ServiceKind.class, "kind", in.kind());
        BookingMode booking = in.booking() == null || in.booking().isBlank() ? BookingMode.PHONE
                : Inputs.oneOf(BookingMode.class, "booking", in.booking());
        VatRate vat = null;
        if (in.priceOre() != null) {
            if (in.priceOre() < 0 || in.priceOre() > ProductRules.MAX_PRICE_ORE) {
                throw new InvalidInputException("priceOre", "error.product.price");
            }
            vat = VatRate.ofPercent(in.vatPercent() == null ? -1 : in.vatPercent())
                    .orElseThrow(() -> new InvalidInputException("vatPercent", "error.product.vat"));
        }
        String phone = in.phone() == null || in.phone().isBlank() ? null : Inputs.phone("phone", in.phone());
        if (booking == BookingMode.PHONE && phone == null) {
            throw new InvalidInputException("phone", "error.service.phoneRequired");
        }
        return new ServiceDetails(Inputs.required("name", in.name(), 120),
                Inputs.optional("description", in.description(), 4000), kind, in.priceOre(), vat, booking, phone,
                Inputs.optional("phoneHours", in.phoneHours(), 200), in.visible() == null || in.visible(),
                Boolean.TRUE.equals(in.organisedTrip()));
    }

}
