package se.egalleria.account.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import se.egalleria.shared.NotAuthenticatedException;

/** The authenticated caller of the current request; set once by the web edge's authentication. */
@RequestScoped
public class Caller {

    private CallerIdentity identity;

    public void signedInAs(CallerIdentity caller) {
        this.identity = caller;
    }

    public Optional<CallerIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    public CallerIdentity require() {
        if (identity == null) {
            throw new NotAuthenticatedException("error.auth.required");
        }
        return identity;
    }
}
