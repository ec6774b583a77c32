package se.egalleria.ordering.application.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The payment providers deployed, found by their code. */
@ApplicationScoped
public class Payments {

    @Inject
    private Instance<PaymentProvider> providers;

    /** The provider residents of this municipality may use for this code. */
    public Optional<PaymentProvider> provider(String code, String municipality) {
        return providers.stream().filter(p -> p.code().equals(code) && p.availableIn(municipality)).findFirst();
    }

    /** The codes residents of this municipality can choose from, in the order they are offered. */
    public List<String> available(String municipality) {
        return providers.stream().filter(p -> p.availableIn(municipality))
                .sorted(Comparator.comparingInt(PaymentProvider::position).thenComparing(PaymentProvider::code))
                .map(PaymentProvider::code).distinct().toList();
    }
}
