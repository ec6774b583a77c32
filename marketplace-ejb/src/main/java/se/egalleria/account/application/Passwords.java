package se.egalleria.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import se.egalleria.shared.InvalidInputException;

/**
 * Password hashing with Jakarta Security's PBKDF2 (HMAC-SHA512, 210,000 iterations, 32-byte
 * salt: OWASP's 2023 advice), and the rules a new password must meet.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    @Inject
    private Pbkdf2PasswordHash hash;

    /** Compared against when there is no such user, so that a wrong e-mail takes as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("not a real password".toCharArray());
    }

    /** Checks the rules, then hashes. */
    public String hashNew(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException(field, "error.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "error.password.tooLong", MAX_LENGTH);
        }
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        if (password == null || storedHash == null) {
            hash.verify("x".toCharArray(), decoy);
            return false;
        }
        return hash.verify(password.toCharArray(), storedHash);
    }
}
