package se.egalleria.ordering.application.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import se.egalleria.ordering.domain.PaymentMethod;

/** The payment providers deployed, by the method each offers. */
@ApplicationScoped
public class Payments {

    @Inject
    private Instance<PaymentProvider> providers;

    public PaymentProvider provider(PaymentMethod method) {
        return providers.stream().filter(p -> p.method() == method).findFirst()
                .orElseThrow(() -> new IllegalStateException("No payment provider for " + method));
    }

    /** The methods residents can choose from. */
    public Set<PaymentMethod> available() {
        Set<PaymentMethod> methods = EnumSet.noneOf(PaymentMethod.class);
        providers.forEach(p -> methods.add(p.method()));
        return methods;
    }
}
