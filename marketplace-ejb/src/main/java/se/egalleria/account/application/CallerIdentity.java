package se.egalleria.account.application;

import java.io.Serializable;
import java.util.Set;
import se.egalleria.account.domain.Role;

/**
 * Who is calling: an account of one municipality with its roles (and the shops and carriers it
 * acts for), or a platform operator (no municipality, no roles of a municipality).
 */
public record CallerIdentity(Kind kind, long id, String tenant, String email, String displayName,
                             Set<Role> roles, Set<Long> shopIds, Set<Long> carrierIds) implements Serializable {

    /** The two kinds of caller. */
    public enum Kind { ACCOUNT, OPERATOR }

    public CallerIdentity {
        roles = Set.copyOf(roles);
        shopIds = Set.copyOf(shopIds);
        carrierIds = Set.copyOf(carrierIds);
    }

    public static CallerIdentity operator(long id, String email, String displayName) {
        return new CallerIdentity(Kind.OPERATOR, id, null, email, displayName, Set.of(), Set.of(), Set.of());
    }

    public boolean isOperator() {
        return kind == Kind.OPERATOR;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The name the container knows the caller by, e.g. "account:12@arjeplog" or "operator:1". */
    public String principalName() {
        return isOperator() ? "operator:" + id : "account:" + id + "@" + tenant;
    }

    /** Roles as container groups; operators are in the group PLATFORM_OPERATOR. */
    public Set<String> groups() {
        return isOperator() ? Set.of("PLATFORM_OPERATOR")
                : Set.copyOf(roles.stream().map(Enum::name).toList());
    }

    /** The actor as the audit log names it. */
    public String auditName() {
        return principalName() + " <" + email + ">";
    }
}
