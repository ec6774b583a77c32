package se.egalleria.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import se.egalleria.account.application.Authentication;
import se.egalleria.account.application.SignInResult;

/**
 * Jakarta Security's identity store on the project's database: validates e-mail and password
 * through {@link Authentication} (PBKDF2 hashes, lockout) and names the caller's groups.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private Authentication authentication;

    @Inject
    private SignInAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof TenantPasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = authentication.signIn(password.tenant(), password.getCaller(),
                password.getPasswordAsString());
        attempt.record(result);
        if (result instanceof SignInResult.Success success) {
            return new CredentialValidationResult(new GalleryPrincipal(success.identity()), success.identity().groups());
        }
        return CredentialValidationResult.INVALID_RESULT;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE);
    }
}
