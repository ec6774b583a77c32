package se.egalleria.web.faces.shopping;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The visitor's basket token per gallery (a /g/ address can reach several on one host), and how
 * many items it holds, so the header can show the count without asking the database.
 */
@SessionScoped
public class BasketSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    Optional<String> token(String tenant) {
        return Optional.ofNullable(tokens.get(tenant));
    }

    void remember(String tenant, String token, int itemCount) {
        tokens.put(tenant, token);
        counts.put(tenant, itemCount);
    }

    void forget(String tenant) {
        tokens.remove(tenant);
        counts.remove(tenant);
    }

    int itemCount(String tenant) {
        return counts.getOrDefault(tenant, 0);
    }
}
