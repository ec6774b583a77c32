package se.egalleria.web.rest.ordering;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.egalleria.ordering.application.Checkouts;
import se.egalleria.web.i18n.Messages;

/** The ways to pay this gallery offers: what a checkout's {@code payment} may name. */
@Path("payment-methods")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentMethodResource {

    /** A way to pay: the code to send, and its name in the language asked for. */
    public record PaymentMethodResponse(String code, String name) {
    }

    @Inject
    private Checkouts checkouts;

    @GET
    @Operation(summary = "The ways to pay, first the default (Accept-Language: sv or en for the names)")
    public List<PaymentMethodResponse> list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = Messages.fromAcceptLanguage(language);
        return checkouts.paymentMethods().stream()
                .map(code -> new PaymentMethodResponse(code, Messages.get(locale, "payment." + code, List.of())))
                .toList();
    }
}
